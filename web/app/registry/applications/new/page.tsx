import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { KINDS } from '@/app/registry/_shell/names';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import { RegistryMunicipalitiesDocument, type ApplicationKind } from '@/gql/graphql';
import { PrimedCreateApplication } from './primed-create-application';

export const metadata: Metadata = { title: 'Создать заявку — Реестр сертификатов' };

/** The operator and the municipalities with their groups (both selects), in one request. */
const NewApplicationPageQuery = registryPageQuery('NewApplicationPage', RegistryMunicipalitiesDocument);

export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { kind } = await searchParams;
  const initialKind = KINDS.includes(kind as ApplicationKind) ? (kind as ApplicationKind) : 'NEW_CERTIFICATE';
  const answer = await serverQuery(NewApplicationPageQuery);
  return (
    <RegistryGate session={answer}>
      <PrimedCreateApplication server={answer} initialKind={initialKind} />
    </RegistryGate>
  );
}
