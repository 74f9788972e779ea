import type { Metadata } from 'next';
import { ApplicationByNumberDocument } from '@/gql/graphql';
import { serverQuery } from '../../../_server/server-query';
import { RegistryGate } from '../../_shell/registry-gate';
import { registryPageQuery } from '../../_shell/registry-session';
import { PrimedApplicationPage } from './primed-application-page';

export const metadata: Metadata = { title: 'Заявка — Реестр сертификатов' };

const ApplicationPageQuery = registryPageQuery('ApplicationPage', ApplicationByNumberDocument);

export default async function RegistryApplicationPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const answer = await serverQuery(ApplicationPageQuery, { number });
  return (
    <RegistryGate session={answer}>
      <PrimedApplicationPage number={number} server={answer} />
    </RegistryGate>
  );
}
