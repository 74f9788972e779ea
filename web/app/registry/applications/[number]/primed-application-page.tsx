'use client';

import { useState } from 'react';
import { primedJustNow, usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { ApplicationPage } from './application-page';
import { ApplicationByNumberQuery } from './application.operations';

/**
 * The application with what its server render fetched already in the cache. An answer with errors (fields of
 * another municipality's certificate refused) is not written: the page asks itself and says what is missing.
 */
export function PrimedApplicationPage({ number, server }: { number: string; server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: ApplicationByNumberQuery, variables: { number } }]);
  // Not asked again while the document that was rendered with it hydrates (the server render and the browser's
  // first render agree); a page the browser's «back» restores, from the router's older answer, asks afresh.
  const [primed] = useState(() =>
    typeof window === 'undefined' ? server.status === 'ok' && server.complete : primedJustNow(ApplicationByNumberQuery),
  );
  return <ApplicationPage number={number} primed={primed} />;
}
