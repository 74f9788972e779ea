import type { Metadata } from 'next';
import { CertificateByNumberDocument } from '@/gql/graphql';
import { serverQuery } from '../../../_server/server-query';
import { RegistryGate } from '../../_shell/registry-gate';
import { registryPageQuery } from '../../_shell/registry-session';
import { PrimedCertificatePage } from './primed-certificate-page';

export const metadata: Metadata = { title: 'Сертификат — Реестр сертификатов' };

const CertificatePageQuery = registryPageQuery('CertificatePage', CertificateByNumberDocument);

export default async function RegistryCertificatePage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const answer = await serverQuery(CertificatePageQuery, { number });
  return (
    <RegistryGate session={answer}>
      <PrimedCertificatePage number={number} server={answer} />
    </RegistryGate>
  );
}
