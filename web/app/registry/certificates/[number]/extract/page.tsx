import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { CertificateExtractPageQuery } from '../certificate-page-query';
import { ExtractPage } from './extract-form';

export const metadata: Metadata = { title: 'Новая выписка — Реестр сертификатов' };

export default async function NewExtractPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const answer = await serverQuery(CertificateExtractPageQuery, { number });
  return (
    <RegistryGate session={answer}>
      <ExtractPage number={number} server={answer} />
    </RegistryGate>
  );
}
