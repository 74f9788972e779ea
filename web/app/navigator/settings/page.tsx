import type { Metadata } from 'next';
import {
  HolderSettingsPlacesDocument,
  MeDocument,
  MyCertificateProtectionDocument,
  MyHolderEmailDocument,
  MyHolderSettingsDocument,
  MyLinkedCabinetsDocument,
} from '@/gql/graphql';
import { mergeQueries, serverQuery } from '../../_server/server-query';
import { SettingsHome } from './_settings/settings-home';

export const metadata: Metadata = { title: 'Настройки пользователя' };
export const dynamic = 'force-dynamic';

/**
 * The signed-in user and every panel's data: the server render's one request. For another role than the holder
 * the panels' fields are refused (FORBIDDEN) and only the session is used, as on /navigator.
 */
const SettingsPageQuery = mergeQueries(
  'NavigatorSettingsPage',
  MeDocument,
  MyHolderSettingsDocument,
  MyCertificateProtectionDocument,
  HolderSettingsPlacesDocument,
  MyHolderEmailDocument,
  MyLinkedCabinetsDocument,
);

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» (seed 002 §8): the legal representative and the convenient address, the protection mode,
 * the consent to the ПД rules and the programs nearby, «Справка о посещении кружков», «Электронная почта», «Пароль».
 */
export default async function SettingsPage() {
  return <SettingsHome session={await serverQuery(SettingsPageQuery)} />;
}
