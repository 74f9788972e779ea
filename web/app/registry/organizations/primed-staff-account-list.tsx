'use client';

import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { StaffAccountList } from './staff-account-list';
import { StaffAccountsQuery } from './staff-accounts.operations';
import { staffListVariables } from './staff-list-params';

/** The list with the page its server render fetched already in the cache. */
export function PrimedStaffAccountList({ search, server }: { search: string; server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: StaffAccountsQuery, variables: staffListVariables(search) }]);
  return <StaffAccountList search={search} primed={server.status === 'ok' && server.complete} />;
}
