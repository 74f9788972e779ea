import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** Kopecks as roubles with two decimals, «15000.00», never through floating point (docs/domain.md §6a). */
export function roubles(kopecks: string | number): string {
  const value = BigInt(kopecks);
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

/** A row of navigator.group_settings as the list and the mutations read it. */
export interface GroupSettingRow {
  id: string;
  municipality_id: string;
  name: string;
  nominal_kopecks: string;
  min_age: number;
  max_age: number;
  significant_programs: number;
  general_programs: number;
  pre_professional_programs: number;
  municipality_limit_kopecks: string;
}

@ObjectType({
  description: 'Настройка группы сертификатов муниципалитета в ПФДО («Настройка сертификатов»): её импортирует реестр',
})
export class GroupSetting {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'Наименование группы сертификатов' })
  name: string;

  @Field({ description: 'Номинал сертификата, руб. («15000.00»)' })
  nominal: string;

  @Field(() => Int, { description: 'Возраст от (полных лет)' })
  minAge: number;

  @Field(() => Int, { description: 'Возраст до: ребёнок подходит, пока ему не исполнилось maxAge полных лет' })
  maxAge: number;

  @Field(() => Int, { description: 'Число бюджетных программ реестра значимых программ' })
  significantPrograms: number;

  @Field(() => Int, { description: 'Число бюджетных программ реестра общеразвивающих программ' })
  generalPrograms: number;

  @Field(() => Int, { description: 'Число бюджетных программ реестра предпрофессиональных программ' })
  preProfessionalPrograms: number;

  @Field({ description: 'Лимит средств муниципалитета, руб. («50000000.00»)' })
  municipalityLimit: string;

  static from(row: GroupSettingRow): GroupSetting {
    return Object.assign(new GroupSetting(), {
      id: row.id,
      municipalityId: row.municipality_id,
      name: row.name,
      nominal: roubles(row.nominal_kopecks),
      minAge: row.min_age,
      maxAge: row.max_age,
      significantPrograms: row.significant_programs,
      generalPrograms: row.general_programs,
      preProfessionalPrograms: row.pre_professional_programs,
      municipalityLimit: roubles(row.municipality_limit_kopecks),
    });
  }
}

@ObjectType({ description: 'Страница настроек групп сертификатов, по наименованию' })
export class GroupSettingPage {
  @Field(() => [GroupSetting])
  settings: GroupSetting[];

  @Field(() => String, { nullable: true, description: 'Позиция следующей страницы; null — страниц больше нет' })
  nextCursor: string | null;
}

@InputType({ description: 'Группа сертификатов в ПФДО: суммы в рублях («15000,00»), возраст от 5 до 18 лет' })
export class GroupSettingInput {
  @Field({ description: 'Наименование группы сертификатов' })
  name: string;

  @Field({ description: 'Номинал сертификата, руб.' })
  nominal: string;

  @Field(() => Int, { description: 'Возраст от (полных лет)' })
  minAge: number;

  @Field(() => Int, { description: 'Возраст до (не включая)' })
  maxAge: number;

  @Field(() => Int, { description: 'Число бюджетных значимых программ', defaultValue: 0 })
  significantPrograms: number;

  @Field(() => Int, { description: 'Число бюджетных общеразвивающих программ', defaultValue: 0 })
  generalPrograms: number;

  @Field(() => Int, { description: 'Число бюджетных предпрофессиональных программ', defaultValue: 0 })
  preProfessionalPrograms: number;

  @Field({ description: 'Лимит средств муниципалитета, руб.' })
  municipalityLimit: string;
}
