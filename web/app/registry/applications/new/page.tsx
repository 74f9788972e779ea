import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { KINDS } from '@/app/registry/_shell/names';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { registryPageQuery } from '@/app/registry/_shell/registry-session';
import type { ApplicationKind } from '@/gql/graphql';
import { CreateApplicationForm } from './create-application-form';

export const metadata: Metadata = { title: 'Создать заявку — Реестр сертификатов' };

const NewApplicationPageQuery = registryPageQuery('NewApplicationPage');

export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { kind } = await searchParams;
  const initialKind = KINDS.includes(kind as ApplicationKind) ? (kind as ApplicationKind) : 'NEW_CERTIFICATE';
  return (
    <RegistryGate session={await serverQuery(NewApplicationPageQuery)}>
      <CreateApplicationForm initialKind={initialKind} />
    </RegistryGate>
  );
}
