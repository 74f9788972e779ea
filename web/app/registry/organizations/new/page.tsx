import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { StaffMunicipalitiesDocument } from '@/gql/graphql';
import { PrimedCreateStaffAccountForm } from './create-staff-account-form';

export const metadata: Metadata = { title: 'Создать нового пользователя — Реестр сертификатов' };

/** The session and the municipalities of the regional operator's select: the server render's one request. */
const NewStaffAccountPageQuery = registryPageQuery('NewStaffAccountPage', StaffMunicipalitiesDocument);

export default async function NewStaffAccountPage() {
  const answer = await serverQuery(NewStaffAccountPageQuery);
  return (
    <RegistryGate session={answer}>
      <PrimedCreateStaffAccountForm server={answer} />
    </RegistryGate>
  );
}
