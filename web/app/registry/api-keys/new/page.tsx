import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { ApiKeyOrganizationsDocument, StaffMunicipalitiesDocument } from '@/gql/graphql';
import { PrimedIssueApiKeyForm } from './issue-api-key-form';

export const metadata: Metadata = { title: 'Выпустить ключ API — Реестр сертификатов' };

/** The session, and the form's municipalities and organizations: the server render's one request. */
const NewApiKeyPageQuery = registryPageQuery('NewApiKeyPage', StaffMunicipalitiesDocument, ApiKeyOrganizationsDocument);

export default async function NewApiKeyPage() {
  const answer = await serverQuery(NewApiKeyPageQuery);
  return (
    <RegistryGate session={answer}>
      <PrimedIssueApiKeyForm server={answer} />
    </RegistryGate>
  );
}
