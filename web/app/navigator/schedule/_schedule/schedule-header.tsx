import Link from 'next/link';
import type { MyScheduleQuery } from '@/gql/graphql';
import { formatDate } from '../../../_ui/format';
import styles from './schedule.module.css';

type Schedule = MyScheduleQuery['mySchedule'];

const MONTHS = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];

const href = (view: 'week' | 'month', date: string) => `/navigator/schedule?view=${view}&date=${date}`;

/** The period shown, «Неделя»/«Месяц», and the steps to the period before and after. */
export function ScheduleHeader({ schedule }: { schedule: Schedule }) {
  const month = schedule.view === 'MONTH';
  const view = month ? 'month' : 'week';
  const title = month
    ? `${MONTHS[Number(schedule.from.slice(5, 7)) - 1]} ${schedule.from.slice(0, 4)}`
    : `${formatDate(schedule.from)} — ${formatDate(schedule.to)}`;
  const anchor = schedule.today >= schedule.from && schedule.today <= schedule.to ? schedule.today : schedule.from;
  return (
    <div className={styles.header}>
      <nav aria-label="Вид расписания" className={styles.views}>
        <Link href={href('week', anchor)} aria-current={month ? undefined : 'page'} className={styles.view}>
          Неделя
        </Link>
        <Link href={href('month', anchor)} aria-current={month ? 'page' : undefined} className={styles.view}>
          Месяц
        </Link>
      </nav>
      <h2 className={styles.period} data-testid="schedule-period">
        {title}
      </h2>
      <nav aria-label="Другой период" className={styles.steps}>
        <Link href={href(view, schedule.previous)}>{month ? '← Предыдущий месяц' : '← Предыдущая неделя'}</Link>
        <Link href={href(view, schedule.today)}>Сегодня</Link>
        <Link href={href(view, schedule.next)}>{month ? 'Следующий месяц →' : 'Следующая неделя →'}</Link>
      </nav>
    </div>
  );
}
