import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ScheduleViewKind {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(ScheduleViewKind, {
  name: 'ScheduleView',
  valuesConfig: { WEEK: { description: 'Неделя, с понедельника' }, MONTH: { description: 'Календарный месяц' } },
});

@ObjectType({ description: 'Занятие ребёнка в один день (дни и время региона)' })
export class Lesson {
  @Field({ description: 'День занятия, ГГГГ-ММ-ДД' })
  date: string;

  @Field({ description: 'Начало, ЧЧ:ММ' })
  startsAt: string;

  @Field({ description: 'Окончание, ЧЧ:ММ' })
  endsAt: string;

  @Field(() => ID, { description: 'Программа' })
  programId: string;

  @Field({ description: 'Название программы' })
  programTitle: string;

  @Field({ description: 'Группа' })
  groupName: string;

  @Field(() => String, { nullable: true, description: 'Место занятий' })
  placeName: string | null;

  @Field(() => String, { nullable: true, description: 'Адрес занятий (нет: дистанционно)' })
  address: string | null;

  @Field(() => ID, { description: 'Договор, по которому ребёнок занимается' })
  contractId: string;
}

@ObjectType({ description: '«РАСПИСАНИЕ»: занятия ребёнка по всем программам, на которые он зачислен, за период' })
export class Schedule {
  @Field(() => ScheduleViewKind)
  view: ScheduleViewKind;

  @Field({ description: 'Первый день периода, ГГГГ-ММ-ДД' })
  from: string;

  @Field({ description: 'Последний день периода, ГГГГ-ММ-ДД' })
  to: string;

  @Field({ description: 'Сегодня по часам навигатора, ГГГГ-ММ-ДД' })
  today: string;

  @Field({ description: 'День предыдущего периода, ГГГГ-ММ-ДД' })
  previous: string;

  @Field({ description: 'День следующего периода, ГГГГ-ММ-ДД' })
  next: string;

  @Field(() => [Lesson], { description: 'Занятия по дням и времени' })
  lessons: Lesson[];
}
