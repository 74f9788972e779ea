import { ScheduleSlotRow } from '../catalogue/catalogue.types';

/** A contract in force (or confirmed) with its group's week, as the schedule reads it (enrollments.ts). */
export interface Enrollment {
  contractId: string;
  programId: string;
  programTitle: string;
  groupName: string;
  /** The contract's term, the region's days YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  schedule: ScheduleSlotRow[];
  placeName: string | null;
  address: string | null;
}

/** One lesson on one day: the region's day and wall-clock times. */
export interface LessonDay {
  date: string;
  from: string;
  to: string;
  enrollment: Enrollment;
}

export type ScheduleView = 'WEEK' | 'MONTH';

export interface Period {
  from: string;
  to: string;
  /** A day in the period before and after, to step to. */
  previous: string;
  next: string;
}

const toDay = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
export const addDays = (day: string, days: number) => toDay(new Date(dateOf(day).getTime() + days * 86_400_000));
/** ISO day of the week: 1 Monday … 7 Sunday. */
export const isoDay = (day: string) => ((dateOf(day).getUTCDay() + 6) % 7) + 1;

/** The week (Monday to Sunday) or the calendar month that holds `day`. */
export function periodOf(view: ScheduleView, day: string): Period {
  if (view === 'WEEK') {
    const from = addDays(day, 1 - isoDay(day));
    return { from, to: addDays(from, 6), previous: addDays(from, -7), next: addDays(from, 7) };
  }
  const [year, month] = day.split('-').map(Number);
  const from = toDay(new Date(Date.UTC(year, month - 1, 1)));
  const to = toDay(new Date(Date.UTC(year, month, 0)));
  return { from, to, previous: addDays(from, -1), next: addDays(to, 1) };
}

/**
 * Every lesson from `from` to `to` (days included): each enrollment's weekly slots on the days of its term, by day
 * and time, then by program.
 */
export function lessonsBetween(enrollments: readonly Enrollment[], from: string, to: string): LessonDay[] {
  const lessons: LessonDay[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekday = isoDay(day);
    for (const enrollment of enrollments) {
      if (day < enrollment.startsOn || day > enrollment.endsOn) continue;
      for (const slot of enrollment.schedule) {
        if (slot.day === weekday) lessons.push({ date: day, from: slot.from, to: slot.to, enrollment });
      }
    }
  }
  return lessons.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.from.localeCompare(b.from) ||
      a.enrollment.programTitle.localeCompare(b.enrollment.programTitle, 'ru'),
  );
}

/** The first day of a weekly slot within a term, or null when the term has no such weekday. */
export function firstDayOfSlot(startsOn: string, endsOn: string, weekday: number): string | null {
  const first = addDays(startsOn, (weekday - isoDay(startsOn) + 7) % 7);
  return first <= endsOn ? first : null;
}
