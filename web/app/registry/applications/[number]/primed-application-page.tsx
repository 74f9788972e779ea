'use client';

import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { ApplicationPage } from './application-page';
import { ApplicationByNumberQuery } from './application.operations';

/**
 * The application with what its server render fetched already in the cache. An answer with errors (fields of
 * another municipality's certificate refused) is not written: the page asks itself and says what is missing.
 */
export function PrimedApplicationPage({ number, server }: { number: string; server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: ApplicationByNumberQuery, variables: { number } }]);
  return <ApplicationPage number={number} primed={server.status === 'ok' && server.complete} />;
}
