import type { Metadata } from 'next';
import { GroupSettingsPageDocument } from '@/gql/graphql';
import { serverQuery } from '../../../_server/server-query';
import { RegistryGate } from '../../_shell/registry-gate';
import { registryPageQuery } from '../../_shell/registry-session';
import { GroupSettingsPage } from './group-settings-page';
import { groupSettingsVariables } from './group-settings-params';

export const metadata: Metadata = { title: 'Настройка сертификатов — Реестр сертификатов' };

const GroupSettingsPageQuery = registryPageQuery('GroupSettingsPageWithSession', GroupSettingsPageDocument);

export default async function GroupSettingsRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const municipality = typeof params.municipality === 'string' ? params.municipality : '';
  const answer = await serverQuery(GroupSettingsPageQuery, groupSettingsVariables(municipality));
  return (
    <RegistryGate session={answer}>
      <GroupSettingsPage key={municipality} municipality={municipality} server={answer} />
    </RegistryGate>
  );
}
