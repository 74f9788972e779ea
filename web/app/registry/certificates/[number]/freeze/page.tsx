import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { CertificateActionPageQuery } from '../certificate-page-query';
import { FreezeCertificatePage } from './freeze-form';

export const metadata: Metadata = { title: 'Заморозка сертификата — Реестр сертификатов' };

export default async function FreezePage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const answer = await serverQuery(CertificateActionPageQuery, { number });
  return (
    <RegistryGate session={answer}>
      <FreezeCertificatePage number={number} server={answer} />
    </RegistryGate>
  );
}
