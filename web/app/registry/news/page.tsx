import type { Metadata } from 'next';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { RegistryNews } from './registry-news';

export const metadata: Metadata = { title: 'Новости — Реестр сертификатов' };
export const dynamic = 'force-dynamic';

const RegistryNewsQuery = registryPageQuery('RegistryNewsWithSession');

/** «Новости»: the municipal registry operator publishes for his municipality, the regional operator for the region. */
export default async function RegistryNewsPage() {
  const answer = await serverQuery(RegistryNewsQuery);
  return (
    <RegistryGate session={answer}>
      <RegistryNews />
    </RegistryGate>
  );
}
