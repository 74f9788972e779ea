'use client';

import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { ApiKeyList } from './api-key-list';
import { ApiKeysQuery } from './api-keys.operations';

/** The list with what its server render fetched already in the cache. */
export function PrimedApiKeyList({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: ApiKeysQuery }]);
  return <ApiKeyList primed={server.status === 'ok' && server.complete} />;
}
