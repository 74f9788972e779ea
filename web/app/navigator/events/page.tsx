import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { EventsHome } from './_events/events-home';

export const metadata: Metadata = { title: 'Мероприятия' };
export const dynamic = 'force-dynamic';

/** «МЕРОПРИЯТИЯ» (seed 002): events of education providers, and «подать заявку на участие». */
export default async function EventsPage() {
  return <EventsHome session={await serverQuery(MeDocument)} />;
}
