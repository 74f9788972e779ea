import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { mergeQueries, serverQuery } from '../../_server/server-query';
import { SettingsHome } from './_settings/settings-home';
import { SETTINGS_PANEL_QUERIES } from './_settings/settings-page-queries';

export const metadata: Metadata = { title: 'Настройки пользователя' };
export const dynamic = 'force-dynamic';

/**
 * The signed-in user and every panel's data: the server render's one request. For another role than the holder
 * the panels' fields are refused (FORBIDDEN) and only the session is used, as on /navigator.
 */
const SettingsPageQuery = mergeQueries(
  'NavigatorSettingsPage',
  MeDocument,
  ...SETTINGS_PANEL_QUERIES.map((entry) => entry.query),
);

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» (seed 002 §8): the legal representative and the convenient address, the protection mode,
 * the consent to the ПД rules and the programs nearby, «Справка о посещении кружков», «Электронная почта», «Пароль».
 */
export default async function SettingsPage() {
  return <SettingsHome session={await serverQuery(SettingsPageQuery)} />;
}
