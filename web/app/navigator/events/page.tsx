import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQueryByRole } from '../../_server/server-query';
import { EventsHome } from './_events/events-home';
import { EVENTS_PAGE_QUERIES } from './_events/events-page-queries';

export const metadata: Metadata = { title: 'Мероприятия' };
export const dynamic = 'force-dynamic';

/** «МЕРОПРИЯТИЯ» (seed 002): events of education providers, and «подать заявку на участие». */
export default async function EventsPage() {
  return <EventsHome session={await serverQueryByRole('NavigatorEventsPage', MeDocument, EVENTS_PAGE_QUERIES)} />;
}
