import type { Metadata } from 'next';
import { serverQuery } from '@/app/_server/server-query';
import { NotificationSettingsDocument } from '@/gql/graphql';
import { PrimedCabinetChildren } from '../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../_shell/cabinet-session';
import { PrimedNotificationSettings } from './notification-settings';

export const metadata: Metadata = { title: 'Настройка уведомлений' };

/** The settings are asked by the server render beside the cabinet's own request (as «Кто просматривал данные»). */
export default async function NotificationSettingsPage() {
  const [session, settings] = await Promise.all([cabinetSession(), serverQuery(NotificationSettingsDocument)]);
  return (
    <PrimedCabinetChildren session={session}>
      <PrimedNotificationSettings server={settings} />
    </PrimedCabinetChildren>
  );
}
