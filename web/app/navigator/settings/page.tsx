import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { SettingsHome } from './_settings/settings-home';

export const metadata: Metadata = { title: 'Настройки пользователя' };
export const dynamic = 'force-dynamic';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» (seed 002 §8): the legal representative and the convenient address, the protection mode,
 * the consent to the ПД rules and the programs nearby, «Справка о посещении кружков», «Электронная почта», «Пароль».
 */
export default async function SettingsPage() {
  return <SettingsHome session={await serverQuery(MeDocument)} />;
}
