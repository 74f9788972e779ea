import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FormOfStudy, ProgramRegistry } from '../programs/program-registry';
import { Program } from '../programs/program.type';

/** A row of navigator.provider_cards. */
export interface ProviderRow {
  organization_id: string;
  name: string;
  address: string;
  phone: string;
  site: string;
  municipality_id: string;
  latitude: number | null;
  longitude: number | null;
}

/** A row of navigator.places_of_study. */
export interface PlaceRow {
  id: string;
  organization_id: string;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
}

/** One lesson of a group's week: ISO day (1 Monday … 7 Sunday) and its times, «16:00». */
export interface ScheduleSlotRow {
  day: number;
  from: string;
  to: string;
}

/** A row of navigator.program_groups. */
export interface GroupRow {
  id: string;
  program_id: string;
  name: string;
  schedule: ScheduleSlotRow[];
  starts_on: string;
  ends_on: string;
  places_total: number;
  places_taken: number;
  place_id: string | null;
}

@ObjectType({ description: 'Карточка поставщика образовательных услуг в навигаторе' })
export class Provider {
  @Field(() => ID, { description: 'Идентификатор организации' })
  id: string;

  @Field({ description: 'Наименование организации, как его показывает навигатор' })
  name: string;

  @Field({ description: 'Адрес организации' })
  address: string;

  @Field({ description: 'Телефон' })
  phone: string;

  @Field({ description: 'Сайт' })
  site: string;

  @Field(() => Float, { nullable: true, description: 'Широта' })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Долгота' })
  longitude: number | null;

  municipalityId: string;

  static from(row: ProviderRow): Provider {
    return Object.assign(new Provider(), {
      id: row.organization_id,
      name: row.name,
      address: row.address,
      phone: row.phone,
      site: row.site,
      latitude: row.latitude,
      longitude: row.longitude,
      municipalityId: row.municipality_id,
    });
  }
}

@ObjectType({ description: 'Место реализации программы (адрес занятий)' })
export class PlaceOfStudy {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Название (корпус, филиал); может быть пустым' })
  name: string;

  @Field()
  address: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  static from(row: PlaceRow): PlaceOfStudy {
    return Object.assign(new PlaceOfStudy(), {
      id: row.id,
      name: row.name,
      address: row.address,
      latitude: row.latitude,
      longitude: row.longitude,
    });
  }
}

@ObjectType({ description: 'Занятие в неделе группы' })
export class ScheduleSlot {
  @Field(() => Int, { description: 'День недели: 1 — понедельник … 7 — воскресенье' })
  day: number;

  @Field({ description: 'Начало, ЧЧ:ММ' })
  from: string;

  @Field({ description: 'Окончание, ЧЧ:ММ' })
  to: string;
}

@ObjectType({ description: 'Группа программы у поставщика' })
export class ProgramGroup {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Название группы' })
  name: string;

  @Field(() => [ScheduleSlot], { description: 'Расписание по дням недели' })
  schedule: ScheduleSlot[];

  @Field({ description: 'Расписание словами: «Пн, Ср 16:00–17:30; Пт 15:00–16:30»' })
  scheduleText: string;

  @Field({ description: 'Дата начала обучения, ГГГГ-ММ-ДД' })
  startsOn: string;

  @Field({ description: 'Дата окончания обучения, ГГГГ-ММ-ДД' })
  endsOn: string;

  @Field(() => Int, { description: 'Мест всего' })
  placesTotal: number;

  @Field(() => Int, { description: 'Мест занято' })
  placesTaken: number;

  @Field(() => Int, { description: 'Свободных мест' })
  freePlaces: number;

  placeId: string | null;
}

export enum MapMarkerKind {
  ORGANIZATION = 'ORGANIZATION',
  PLACE_OF_STUDY = 'PLACE_OF_STUDY',
}

registerEnumType(MapMarkerKind, {
  name: 'MapMarkerKind',
  valuesConfig: {
    ORGANIZATION: { description: 'Организация' },
    PLACE_OF_STUDY: { description: 'Место реализации программ' },
  },
});

@ObjectType({ description: 'Метка на карте навигатора' })
export class MapMarker {
  @Field(() => ID)
  id: string;

  @Field(() => MapMarkerKind)
  kind: MapMarkerKind;

  @Field({ description: 'Подпись: наименование организации (и место занятий)' })
  label: string;

  @Field()
  address: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => ID, { description: 'Организация, к которой относится метка' })
  providerId: string;
}

@InputType({ description: '«Расширенный поиск» программ навигатора' })
export class CatalogueFilter {
  @Field({ nullable: true, description: 'Часть названия программы, без учёта регистра' })
  text?: string;

  @Field(() => ID, { nullable: true, description: 'Муниципалитет' })
  municipalityId?: string;

  @Field(() => ProgramRegistry, { nullable: true, description: 'Реестр программ' })
  registry?: ProgramRegistry;

  @Field(() => Int, { nullable: true, description: 'Возраст ребёнка, полных лет: программа для этого возраста' })
  age?: number;

  @Field({ nullable: true, description: 'Месяц начала занятий в группе, ГГГГ-ММ' })
  startMonth?: string;

  @Field({ nullable: true, description: 'Только программы со свободными местами в группах' })
  freePlacesOnly?: boolean;

  @Field(() => Int, { nullable: true, description: 'Стоимость в месяц не выше, копеек (бюджетные программы — 0)' })
  maxPriceKopecks?: number;

  @Field(() => FormOfStudy, { nullable: true, description: 'Форма обучения' })
  formOfStudy?: FormOfStudy;

  @Field({
    nullable: true,
    description:
      '«Исключить программы, на которые не получится записаться по моему сертификату» (только владельцу ' +
      'сертификата). Исключается программа, если: (1) ни в одной её группе, которая ещё не закончилась, нет ' +
      'свободного места; (2) она не из реестра платных программ, а сертификат в навигаторе не активирован ' +
      '(не активирован, заморожен, отозван или ещё не передан в ПФДО): не активированный сертификат не ' +
      'зачисляют; (3) её возрасты не пересекаются с возрастами группы сертификата (даты рождения ребёнка ' +
      'у навигатора нет, поэтому возраст ребёнка — это диапазон его группы сертификатов); (4) группа ' +
      'сертификата не даёт ни одной бюджетной программы этого реестра (значимые, общеразвивающие) или ' +
      'номинал 0 для сертифицированных. Группа сертификата находится по муниципалитету и названию группы; ' +
      'если такой настройки нет, условия (3) и (4) не применяются. Платные программы оплачивает семья.',
  })
  excludeUnavailable?: boolean;
}

@ObjectType({ description: 'Страница программ навигатора' })
export class CatalogueProgramPage {
  @Field(() => [Program])
  programs: Program[];

  @Field(() => String, {
    nullable: true,
    description: 'Позиция следующей страницы (для after), null — страниц больше нет',
  })
  nextCursor: string | null;
}

@ObjectType({ description: 'Страница организаций навигатора' })
export class ProviderPage {
  @Field(() => [Provider])
  providers: Provider[];

  @Field(() => String, {
    nullable: true,
    description: 'Позиция следующей страницы (для after), null — страниц больше нет',
  })
  nextCursor: string | null;
}
