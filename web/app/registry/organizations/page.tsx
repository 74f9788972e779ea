import type { Metadata } from 'next';
import { StaffAccountsDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { PrimedStaffAccountList } from './primed-staff-account-list';
import { staffListVariables } from './staff-list-params';

export const metadata: Metadata = { title: 'Пользователи организаций — Реестр сертификатов' };

const StaffAccountsPageQuery = registryPageQuery('StaffAccountsPage', StaffAccountsDocument);

export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<{ search?: string }> }) {
  const search = (await searchParams).search ?? '';
  const answer = await serverQuery(StaffAccountsPageQuery, staffListVariables(search));
  return (
    <RegistryGate session={answer}>
      <PrimedStaffAccountList key={search} search={search} server={answer} />
    </RegistryGate>
  );
}
