'use client';

import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { GroupChanges } from './group-changes';
import { MyGroupChangesQuery } from './group-changes.operations';

/** «Пакетные обработки» with the operator's groups and past jobs, as the server render fetched them. */
export function PrimedGroupChanges({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: MyGroupChangesQuery }]);
  return <GroupChanges primed={server.status === 'ok' && server.complete} />;
}
