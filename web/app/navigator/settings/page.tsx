import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { SettingsHome } from './_settings/settings-home';

export const metadata: Metadata = { title: 'Настройки пользователя' };
export const dynamic = 'force-dynamic';

/** «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» (seed 002): the certificate holder's protection mode. */
export default async function SettingsPage() {
  return <SettingsHome session={await serverQuery(MeDocument)} />;
}
