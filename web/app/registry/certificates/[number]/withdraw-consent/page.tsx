import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { RegistryGate } from '@/app/registry/_shell/registry-gate';
import { CertificateActionPageQuery } from '../certificate-page-query';
import { WithdrawConsentPage } from './withdraw-consent-form';

export const metadata: Metadata = { title: 'Отзыв согласия — Реестр сертификатов' };

export default async function WithdrawPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const answer = await serverQuery(CertificateActionPageQuery, { number });
  return (
    <RegistryGate session={answer}>
      <WithdrawConsentPage number={number} server={answer} />
    </RegistryGate>
  );
}
