import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Municipality, Organization } from '../references/references';

@ObjectType({ description: 'Участник мероприятия: сертификат, по которому подана заявка на участие' })
export class EventParticipant {
  @Field({ description: 'Номер сертификата' })
  certificateNumber: string;

  @Field({ description: 'Когда подана заявка на участие' })
  appliedAt: Date;
}

@ObjectType({ description: 'Мероприятие раздела «МЕРОПРИЯТИЯ», размещённое образовательной организацией' })
export class EducationEvent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Название' })
  title: string;

  @Field({ description: 'Описание' })
  description: string;

  @Field({ description: 'Дата и время начала' })
  startsAt: Date;

  @Field({ description: 'Место проведения' })
  place: string;

  @Field(() => Int, { description: 'Число мест' })
  placesTotal: number;

  @Field(() => Int, { description: 'Свободных мест' })
  freePlaces: number;

  @Field(() => Int, { description: 'Возраст участников: от' })
  ageFrom: number;

  @Field(() => Int, { description: 'Возраст участников: до' })
  ageTo: number;

  @Field(() => Organization, { description: 'Организация, разместившая мероприятие' })
  provider: Organization;

  @Field(() => Municipality, { description: 'Муниципалитет организации' })
  municipality: Municipality;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Подана ли заявка на участие по сертификату вошедшего владельца (null для других ролей)',
  })
  applied: boolean | null;

  /** Read only through `providerEvent` (its reading is audited); null elsewhere. */
  @Field(() => [EventParticipant], {
    nullable: true,
    description: 'Участники (только организации-автору, в карточке мероприятия; чтение записывается в журнал)',
  })
  participants: EventParticipant[] | null;

  /** For the shield: whose event it is. */
  organizationId: string;
}

@ObjectType({ description: 'Страница мероприятий' })
export class EducationEventPage {
  @Field(() => [EducationEvent])
  events: EducationEvent[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null — это последняя' })
  nextCursor: string | null;
}

@InputType({ description: 'Новое мероприятие' })
export class EducationEventInput {
  @Field()
  title: string;

  @Field({ defaultValue: '' })
  description: string;

  @Field({ description: 'Дата и время начала (ISO 8601)' })
  startsAt: string;

  @Field()
  place: string;

  @Field(() => Int)
  placesTotal: number;

  @Field(() => Int)
  ageFrom: number;

  @Field(() => Int)
  ageTo: number;
}
