import type { Metadata } from 'next';
import { ReferencesPageDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { ReferencesPage } from './references-page';
import { referencesVariables } from './references-params';

export const metadata: Metadata = { title: 'Справочники — Реестр сертификатов' };

const ReferencesPageQuery = registryPageQuery('ReferencesPageWithSession', ReferencesPageDocument);

export default async function RegistryReferencesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const flat = Object.fromEntries(
    ['municipality', 'after'].map((key) => [key, typeof params[key] === 'string' ? params[key] : '']),
  );
  const answer = await serverQuery(ReferencesPageQuery, referencesVariables(flat));
  return (
    <RegistryGate session={answer}>
      <ReferencesPage key={new URLSearchParams(flat).toString()} params={flat} server={answer} />
    </RegistryGate>
  );
}
