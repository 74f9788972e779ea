import type { Metadata } from 'next';
import { ApplicationRegisterDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { registryPageQuery } from '../_shell/registry-session';
import { RegistryShell } from '../_shell/registry-shell';
import { ApplicationRegister } from './application-register';
import { registerVariables } from './register-params';

export const metadata: Metadata = { title: 'Заявки — Реестр сертификатов' };

const RegisterPageQuery = registryPageQuery('RegisterPage', ApplicationRegisterDocument);

export default async function ApplicationRegisterPage({
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
    <RegistryShell session={answer}>
      <ApplicationRegister params={flat} answer={answer} />
    </RegistryShell>
  );
}
