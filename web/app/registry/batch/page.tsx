import type { Metadata } from 'next';
import { MyGroupChangesDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { PrimedGroupChanges } from './primed-group-changes';

export const metadata: Metadata = { title: 'Пакетные обработки — Реестр сертификатов' };

const BatchPageQuery = registryPageQuery('BatchPage', MyGroupChangesDocument);

export default async function BatchPage() {
  const answer = await serverQuery(BatchPageQuery, {});
  return (
    <RegistryGate session={answer}>
      <PrimedGroupChanges server={answer} />
    </RegistryGate>
  );
}
