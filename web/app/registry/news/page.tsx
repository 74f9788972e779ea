import type { Metadata } from 'next';
import { serverQueryByRole } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { RegistryNews } from './registry-news';
import { REGISTRY_NEWS_QUERIES } from './registry-news-queries';

export const metadata: Metadata = { title: 'Новости — Реестр сертификатов' };
export const dynamic = 'force-dynamic';

/** The registry's session (RegistryGate), then the operator's own news with it. */
const RegistrySession = registryPageQuery('RegistryNewsSession');

/** «Новости»: the municipal registry operator publishes for his municipality, the regional operator for the region. */
export default async function RegistryNewsPage() {
  const answer = await serverQueryByRole('RegistryNewsPage', RegistrySession, REGISTRY_NEWS_QUERIES);
  return (
    <RegistryGate session={answer}>
      <RegistryNews server={answer} />
    </RegistryGate>
  );
}
