import type { Metadata } from 'next';
import { MeDocument, type MeQuery, MyScheduleDocument, type MyScheduleQuery } from '@/gql/graphql';
import { mergeQueries, serverQuery } from '../../_server/server-query';
import { Main } from '../../_ui/main';
import { ScheduleDays } from './_schedule/schedule-days';
import { ScheduleHeader } from './_schedule/schedule-header';

export const metadata: Metadata = { title: 'Расписание' };
export const dynamic = 'force-dynamic';

/** The signed-in user and his schedule for the period: the page's one request. */
const SchedulePageQuery = mergeQueries('SchedulePage', MeDocument, MyScheduleDocument);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * «РАСПИСАНИЕ» (seed 002): the child's lessons over every program he is enrolled in, a week (from Monday, the
 * navigator's current week by default) or a month, as a list by day that reads on a phone as on a desktop.
 */
export default async function SchedulePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const view = params.view === 'month' ? 'MONTH' : 'WEEK';
  const date = typeof params.date === 'string' && DAY.test(params.date) ? params.date : null;
  const answer = await serverQuery(SchedulePageQuery, { view, date });
  const data = answer.status === 'ok' ? (answer.data as Partial<MeQuery & MyScheduleQuery>) : null;
  if (answer.status === 'signed-out' || (data && data.me?.role !== 'CERTIFICATE_HOLDER')) {
    return (
      <Main>
        <h1>Расписание</h1>
        <p>
          {data?.me ? 'Раздел доступен владельцу сертификата. ' : ''}
          <a href="/navigator">Войти в личный кабинет</a>
        </p>
      </Main>
    );
  }
  const schedule = data?.mySchedule;
  if (!schedule) {
    return (
      <Main>
        <h1>Расписание</h1>
        <p className="notice notice-error" role="alert">
          Не удалось получить расписание. Попробуйте ещё раз позже.
        </p>
      </Main>
    );
  }
  return (
    <Main>
      <h1>Расписание</h1>
      <p className="muted">Расписание занятий ребёнка по всем программам, на которые он зачислен.</p>
      <ScheduleHeader schedule={schedule} />
      <ScheduleDays schedule={schedule} />
      <p>
        <a href="/documents/schedule.ics" download className="button">
          Скачать расписание (iCal)
        </a>
      </p>
    </Main>
  );
}
