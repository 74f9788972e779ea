import type { Metadata } from 'next';
import { RegistryNokoDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { NokoSettings } from './noko-settings';

export const metadata: Metadata = { title: 'НОКО — Реестр сертификатов' };

const NokoPageQuery = registryPageQuery('RegistryNokoPage', RegistryNokoDocument);

/** «НОКО»: the region's switch and the summary of the survey's answers (the regional operator). */
export default async function RegistryNokoPage() {
  const answer = await serverQuery(NokoPageQuery);
  return (
    <RegistryGate session={answer}>
      <NokoSettings server={answer} />
    </RegistryGate>
  );
}
