import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { invalidFields } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { regionDay } from '../contracts/contract-term';
import { findEnrollments } from './enrollments';
import { lessonsBetween, periodOf } from './lessons';
import { Lesson, Schedule, ScheduleViewKind } from './schedule.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

@Resolver(() => Schedule)
export class ScheduleResolver {
  @Query(() => Schedule, {
    description:
      '«РАСПИСАНИЕ» владельца сертификата: занятия за неделю или месяц, содержащие день `date` (по умолчанию сегодня)',
  })
  async mySchedule(
    @Ctx() context: NavigatorContext,
    @Arg('view', () => ScheduleViewKind, { defaultValue: ScheduleViewKind.WEEK }) view: ScheduleViewKind,
    @Arg('date', () => String, { nullable: true }) date: string | null,
  ): Promise<Schedule> {
    const today = regionDay(context.now());
    if (date != null && !isDay(date)) throw invalidFields({ date: 'Дата в виде ГГГГ-ММ-ДД' });
    const period = periodOf(view, date ?? today);
    const enrollments = await findEnrollments(context.dataSource, context.identity!.userId, period);
    const lessons = lessonsBetween(enrollments, period.from, period.to).map((lesson) =>
      Object.assign(new Lesson(), {
        date: lesson.date,
        startsAt: lesson.from,
        endsAt: lesson.to,
        programId: lesson.enrollment.programId,
        programTitle: lesson.enrollment.programTitle,
        groupName: lesson.enrollment.groupName,
        placeName: lesson.enrollment.placeName,
        address: lesson.enrollment.address,
        contractId: lesson.enrollment.contractId,
      }),
    );
    return Object.assign(new Schedule(), { view, ...period, today, lessons });
  }
}
