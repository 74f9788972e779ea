import type { Metadata } from 'next';
import { ReportsPageDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { reportVariables } from './report-params';
import { ReportsPage } from './reports-page';

export const metadata: Metadata = { title: 'Отчеты — Реестр сертификатов' };

const ReportsPageQuery = registryPageQuery('ReportsPageWithSession', ReportsPageDocument);

export default async function RegistryReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const flat = Object.fromEntries(
    ['from', 'to', 'municipality'].map((key) => [key, typeof params[key] === 'string' ? params[key] : '']),
  );
  const answer = await serverQuery(ReportsPageQuery, reportVariables(flat));
  return (
    <RegistryGate session={answer}>
      <ReportsPage key={new URLSearchParams(flat).toString()} params={flat} server={answer} />
    </RegistryGate>
  );
}
