import type { Metadata } from 'next';
import { ChangeLoginForm } from './change-login-form';

export const metadata: Metadata = { title: 'Изменить логин' };

export default function ChangeLoginPage() {
  return <ChangeLoginForm />;
}
