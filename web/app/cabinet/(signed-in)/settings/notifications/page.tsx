import type { Metadata } from 'next';
import { NotificationSettings } from './notification-settings';

export const metadata: Metadata = { title: 'Настройка уведомлений' };

export default function NotificationSettingsPage() {
  return <NotificationSettings />;
}
