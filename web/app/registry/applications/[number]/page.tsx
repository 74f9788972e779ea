import type { Metadata } from 'next';
import { ApplicationByNumberDocument } from '@/gql/graphql';
import { serverQuery } from '../../../_server/server-query';
import { registryPageQuery } from '../../_shell/registry-session';
import { RegistryShell } from '../../_shell/registry-shell';
import { ApplicationPage } from './application-page';

export const metadata: Metadata = { title: 'Заявка — Реестр сертификатов' };

const ApplicationPageQuery = registryPageQuery('ApplicationPage', ApplicationByNumberDocument);

export default async function RegistryApplicationPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const answer = await serverQuery(ApplicationPageQuery, { number });
  return (
    <RegistryShell session={answer}>
      <ApplicationPage number={number} answer={answer} />
    </RegistryShell>
  );
}
