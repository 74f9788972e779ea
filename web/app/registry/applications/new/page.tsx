import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { ServerLoadFailure } from '@/app/_ui/server-load-failure';
import { KINDS } from '@/app/registry/_shell/names';
import { operatorOf } from '@/app/registry/_shell/operator-rights';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { RegistryShell } from '@/app/registry/_shell/registry-shell';
import { RegistryMunicipalitiesDocument, type ApplicationKind, type RegistryMunicipalitiesQuery } from '@/gql/graphql';
import { CreateApplicationForm } from './create-application-form';

export const metadata: Metadata = { title: 'Создать заявку — Реестр сертификатов' };

/** The operator and the municipalities with their groups (both selects), in one request. */
const NewApplicationPageQuery = registryPageQuery('NewApplicationPage', RegistryMunicipalitiesDocument);

export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { kind } = await searchParams;
  const initialKind = KINDS.includes(kind as ApplicationKind) ? (kind as ApplicationKind) : 'NEW_CERTIFICATE';
  const answer = await serverQuery(NewApplicationPageQuery);
  const municipalities =
    answer.status === 'ok' && answer.complete ? (answer.data as RegistryMunicipalitiesQuery).municipalities : null;
  return (
    <RegistryShell session={answer}>
      {!operatorOf(answer) ? null : municipalities ? (
        <CreateApplicationForm initialKind={initialKind} municipalities={municipalities} />
      ) : (
        <>
          <h1>Создать заявку</h1>
          <ServerLoadFailure />
        </>
      )}
    </RegistryShell>
  );
}
