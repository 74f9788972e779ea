import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AppApolloProvider } from '@/app/_apollo/apollo-provider';
import { Main } from '@/app/_ui/main';
import { Unsubscribe } from './unsubscribe';

export const metadata: Metadata = { title: 'Отписка от писем' };

/**
 * The status e-mail's «Отписаться» link. Opening it changes nothing (mail scanners follow links): the page says
 * what will stop and asks to confirm with one button. No sign-in: the link's signed token is enough.
 */
export default function UnsubscribePage() {
  return (
    <AppApolloProvider>
      <Main>
        <Suspense fallback={<p className="muted">Загрузка…</p>}>
          <Unsubscribe />
        </Suspense>
      </Main>
    </AppApolloProvider>
  );
}
