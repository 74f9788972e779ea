import type { Metadata } from 'next';
import { Main } from '../../_ui/main';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Восстановление доступа' };

/** «Забыли пароль?» of the certificate's cabinet: a one-time link to the cabinet's confirmed e-mail. */
export default function ForgotPasswordPage() {
  return (
    <Main>
      <h1>Восстановление доступа к личному кабинету сертификата</h1>
      <ForgotPasswordForm />
    </Main>
  );
}
