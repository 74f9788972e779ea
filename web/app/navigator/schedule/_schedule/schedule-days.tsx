import Link from 'next/link';
import type { MyScheduleQuery } from '@/gql/graphql';
import { formatDate } from '../../../_ui/format';
import styles from './schedule.module.css';

type Schedule = MyScheduleQuery['mySchedule'];
type Lesson = Schedule['lessons'][number];

const WEEKDAYS = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'];
const weekday = (day: string) => WEEKDAYS[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];

/** The period's lessons as a list by day: the days that have lessons, each with its lessons by time. */
export function ScheduleDays({ schedule }: { schedule: Schedule }) {
  if (schedule.lessons.length === 0) {
    return <p className="muted">Занятий в этот период нет.</p>;
  }
  const days = new Map<string, Lesson[]>();
  for (const lesson of schedule.lessons) days.set(lesson.date, [...(days.get(lesson.date) ?? []), lesson]);
  return (
    <ol className={styles.days}>
      {[...days.entries()].map(([date, lessons]) => (
        <li key={date} className={styles.day} data-testid="schedule-day">
          <h3 className={styles.dayTitle}>
            {weekday(date)}, {formatDate(date)}
            {date === schedule.today && <span className={styles.today}> — сегодня</span>}
          </h3>
          <ul className={styles.lessons}>
            {lessons.map((lesson) => (
              <li
                key={`${lesson.contractId}-${lesson.startsAt}`}
                className={styles.lesson}
                data-testid="schedule-lesson"
              >
                <p className={styles.time}>
                  {lesson.startsAt}–{lesson.endsAt}
                </p>
                <p className={styles.program}>
                  <Link href={`/navigator/programs/${lesson.programId}`}>{lesson.programTitle}</Link>
                </p>
                <p>Группа: {lesson.groupName}</p>
                <p>{lesson.address ? [lesson.placeName, lesson.address].filter(Boolean).join(', ') : 'Дистанционно'}</p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
