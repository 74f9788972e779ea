'use client';

import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { StaffMunicipalitiesQuery } from '../new/create-staff-account.operations';
import { StaffAccountPage } from './staff-account-page';
import { StaffAccountQuery } from './staff-account.operations';

/** The account with what its server render fetched already in the cache. */
export function PrimedStaffAccountPage({ id, server }: { id: string; server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: StaffAccountQuery, variables: { id } }, { query: StaffMunicipalitiesQuery }]);
  return <StaffAccountPage id={id} />;
}
