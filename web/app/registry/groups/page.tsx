import type { Metadata } from 'next';
import { MyCertificateGroupsDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { PrimedCertificateGroups } from './primed-certificate-groups';

export const metadata: Metadata = { title: 'Группы сертификатов — Реестр сертификатов' };

const GroupsPageQuery = registryPageQuery('CertificateGroupsPage', MyCertificateGroupsDocument);

export default async function CertificateGroupsPage() {
  const answer = await serverQuery(GroupsPageQuery, {});
  return (
    <RegistryGate session={answer}>
      <PrimedCertificateGroups server={answer} />
    </RegistryGate>
  );
}
