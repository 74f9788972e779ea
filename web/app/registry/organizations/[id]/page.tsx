import type { Metadata } from 'next';
import { StaffAccountDocument, StaffMunicipalitiesDocument } from '@/gql/graphql';
import { serverQuery } from '../../../_server/server-query';
import { RegistryGate } from '../../_shell/registry-gate';
import { registryPageQuery } from '../../_shell/registry-session';
import { PrimedStaffAccountPage } from './primed-staff-account-page';

export const metadata: Metadata = { title: 'Пользователь организации — Реестр сертификатов' };

/** The session, the account and the municipalities of the regional operator's select: one request. */
const StaffAccountPageQuery = registryPageQuery('StaffAccountPage', StaffAccountDocument, StaffMunicipalitiesDocument);

export default async function RegistryStaffAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = await serverQuery(StaffAccountPageQuery, { id });
  return (
    <RegistryGate session={answer}>
      <PrimedStaffAccountPage id={id} server={answer} />
    </RegistryGate>
  );
}
