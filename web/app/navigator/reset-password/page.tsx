import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Main } from '../../_ui/main';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Новый пароль' };

/** The link of «Забыли пароль?»: a new password for the certificate's cabinet, typed twice. */
export default function ResetPasswordPage() {
  return (
    <Main>
      <h1>Новый пароль личного кабинета сертификата</h1>
      <Suspense fallback={<p className="muted">Загрузка…</p>}>
        <ResetPasswordForm />
      </Suspense>
    </Main>
  );
}
