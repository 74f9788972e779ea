'use client';

import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { ApiKeyQuery } from '../api-keys.operations';
import { ApiKeyPage } from './api-key-page';

/** The key with what its server render fetched already in the cache. */
export function PrimedApiKeyPage({ id, server }: { id: string; server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: ApiKeyQuery, variables: { id } }]);
  return <ApiKeyPage id={id} />;
}
