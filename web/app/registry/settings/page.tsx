import type { Metadata } from 'next';
import { SettingsPageDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { RegistryGate } from '../_shell/registry-gate';
import { registryPageQuery } from '../_shell/registry-session';
import { SettingsPage } from './settings-page';
import { settingsVariables } from './settings-params';

export const metadata: Metadata = { title: 'Мои параметры — Реестр сертификатов' };

const SettingsPageQuery = registryPageQuery('SettingsPageWithSession', SettingsPageDocument);

export default async function RegistrySettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const flat = { municipality: typeof params.municipality === 'string' ? params.municipality : '' };
  const answer = await serverQuery(SettingsPageQuery, settingsVariables(flat));
  return (
    <RegistryGate session={answer}>
      <SettingsPage key={flat.municipality} params={flat} server={answer} />
    </RegistryGate>
  );
}
