import type { Metadata } from 'next';
import { ApiKeyDocument } from '@/gql/graphql';
import { serverQuery } from '../../../_server/server-query';
import { RegistryGate } from '../../_shell/registry-gate';
import { registryPageQuery } from '../../_shell/registry-session';
import { PrimedApiKeyPage } from './primed-api-key-page';

export const metadata: Metadata = { title: 'Ключ API — Реестр сертификатов' };

const ApiKeyPageQuery = registryPageQuery('ApiKeyPage', ApiKeyDocument);

export default async function RegistryApiKeyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = await serverQuery(ApiKeyPageQuery, { id });
  return (
    <RegistryGate session={answer}>
      <PrimedApiKeyPage id={id} server={answer} />
    </RegistryGate>
  );
}
