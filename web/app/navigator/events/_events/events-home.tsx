'use client';

import { useQuery } from '@apollo/client/react';
import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { queriesOfRole } from '../../../_apollo/role-queries';
import { MeQuery } from '../../../_auth/auth.operations';
import { Main } from '../../../_ui/main';
import { EVENTS_PAGE_QUERIES } from './events-page-queries';
import { HolderEvents } from './holder-events';
import { ProviderEvents } from './provider-events';

/** /navigator/events: «МЕРОПРИЯТИЯ» for the holder; a provider places its own and sees their participants. */
export function EventsHome({ session }: { session: ServerAnswer }) {
  usePrimedCache(session, [{ query: MeQuery }], queriesOfRole(session, EVENTS_PAGE_QUERIES));
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;
  return (
    <Main>
      <h1>Мероприятия</h1>
      {me?.role === 'CERTIFICATE_HOLDER' && <HolderEvents />}
      {me?.role === 'PROVIDER' && <ProviderEvents />}
      {!loading && me?.role !== 'CERTIFICATE_HOLDER' && me?.role !== 'PROVIDER' && (
        <p>
          {me ? 'Раздел доступен владельцу сертификата и образовательной организации. ' : ''}
          <a href="/navigator">Войти в личный кабинет сертификата</a>
        </p>
      )}
    </Main>
  );
}
