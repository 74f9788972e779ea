import type { Metadata } from 'next';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Изменить пароль' };

export default function ChangePasswordPage() {
  return <ChangePasswordForm />;
}
