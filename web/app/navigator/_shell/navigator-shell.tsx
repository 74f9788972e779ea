'use client';

import { useQuery } from '@apollo/client/react';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { MeQuery } from '../../_auth/auth.operations';
import { NavigatorPanel } from './navigator-panel';
import styles from './navigator.module.css';

/**
 * Around every page of /navigator: a certificate holder gets the cabinet's left panel (seed 002) beside the page;
 * anyone else gets the page alone, and a visitor on a public page (the catalogue) a link to sign in. `session`
 * is the layout's server-side answer to `me`, so that the server renders the panel from the first byte.
 */
export function NavigatorShell({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  usePrimedCache(session, [{ query: MeQuery }]);
  const pathname = usePathname();
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;

  if (me?.role === 'CERTIFICATE_HOLDER') {
    return (
      <div className={styles.layout} key={me.id}>
        <NavigatorPanel login={me.login} />
        <div className={styles.page}>{children}</div>
      </div>
    );
  }
  return (
    <>
      {!me && !loading && pathname !== '/navigator' && (
        <p className={styles.signInLink}>
          {/* A plain link: the sign-in form is the page at /navigator. */}
          <a href="/navigator">Войти в личный кабинет сертификата</a>
        </p>
      )}
      {children}
    </>
  );
}
