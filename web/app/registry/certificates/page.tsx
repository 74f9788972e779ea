import type { Metadata } from 'next';
import { CertificateRegisterDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { PrimedCertificateRegister } from './primed-certificate-register';
import { registerVariables } from './register-params';

export const metadata: Metadata = { title: 'Сертификаты — Реестр сертификатов' };

const RegisterPageQuery = registryPageQuery('CertificateRegisterPage', CertificateRegisterDocument);

export default async function CertificateRegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : (value ?? '')]),
  ) as Record<string, string>;
  const answer = await serverQuery(RegisterPageQuery, registerVariables(flat));
  return (
    <RegistryGate session={answer}>
      <PrimedCertificateRegister key={new URLSearchParams(flat).toString()} params={flat} server={answer} />
    </RegistryGate>
  );
}
