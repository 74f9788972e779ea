import type { Metadata } from 'next';
import { ApiKeysDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { PrimedApiKeyList } from './primed-api-key-list';

export const metadata: Metadata = { title: 'Ключи API — Реестр сертификатов' };

const ApiKeysPageQuery = registryPageQuery('ApiKeysPage', ApiKeysDocument);

export default async function ApiKeysPage() {
  const answer = await serverQuery(ApiKeysPageQuery);
  return (
    <RegistryGate session={answer}>
      <PrimedApiKeyList server={answer} />
    </RegistryGate>
  );
}
