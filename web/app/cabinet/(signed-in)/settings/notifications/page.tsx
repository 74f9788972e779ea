import type { Metadata } from 'next';
import { PrimedCabinetChildren } from '../../../_children/primed-cabinet-children';
import { cabinetSession } from '../../../_shell/cabinet-session';
import { NotificationSettings } from './notification-settings';

export const metadata: Metadata = { title: 'Настройка уведомлений' };

export default async function NotificationSettingsPage() {
  return (
    <PrimedCabinetChildren session={await cabinetSession()}>
      <NotificationSettings />
    </PrimedCabinetChildren>
  );
}
