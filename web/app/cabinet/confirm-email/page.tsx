import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AppApolloProvider } from '@/app/_apollo/apollo-provider';
import { Main } from '@/app/_ui/main';
import { PageFocus } from '@/app/_ui/page-focus';
import { ConfirmEmail } from './confirm-email';

export const metadata: Metadata = { title: 'Подтверждение электронной почты' };

/** The e-mail's link. Works without a session: the address is confirmed first, then the citizen signs in. */
export default function ConfirmEmailPage() {
  return (
    <AppApolloProvider>
      <Main>
        <Suspense fallback={<p className="muted">Загрузка…</p>}>
          <ConfirmEmail />
        </Suspense>
      </Main>
      <PageFocus />
    </AppApolloProvider>
  );
}
