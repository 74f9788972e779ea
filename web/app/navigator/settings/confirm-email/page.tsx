import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Main } from '../../../_ui/main';
import { ConfirmHolderEmail } from './confirm-holder-email';

export const metadata: Metadata = { title: 'Подтверждение электронной почты' };

/**
 * The link of «Электронная почта» → «Изменить» (seed 002 §8). Opening it changes nothing (mail scanners follow
 * links): signed in to the certificate's cabinet, the holder confirms with one button.
 */
export default function ConfirmHolderEmailPage() {
  return (
    <Main>
      <h1>Подтверждение электронной почты</h1>
      <Suspense fallback={<p className="muted">Загрузка…</p>}>
        <ConfirmHolderEmail />
      </Suspense>
    </Main>
  );
}
