'use client';

import { useQuery } from '@apollo/client/react';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { NavigatorShellExtrasDocument } from '@/gql/graphql';
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
  usePrimedCache(session, [{ query: MeQuery }], [{ query: NavigatorShellExtrasDocument }]);
  const pathname = usePathname();
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;

  const holder = me?.role === 'CERTIFICATE_HOLDER';
  const extras = useQuery(NavigatorShellExtrasDocument, { skip: !holder }).data;
  // «Темная тема»: the holder's choice from the server's first byte; until he chooses, and for everyone else,
  // the system's preference (globals.css reads this attribute).
  const theme = holder && extras?.myTheme ? extras.myTheme.toLowerCase() : 'system';
  // One tree whoever is signed in: the page below must not remount when the panel appears after a sign-in
  // (a remount would prime its cache again with the server's answer from before the sign-in).
  return (
    <div className={holder ? styles.layout : undefined} data-theme={theme}>
      {holder ? (
        <NavigatorPanel login={me.login} theme={extras?.myTheme ?? null} nokoEnabled={extras?.nokoEnabled ?? false} />
      ) : null}
      {!me && !loading && pathname !== '/navigator' ? (
        <p className={styles.signInLink}>
          {/* A plain link: the sign-in form is the page at /navigator. */}
          <a href="/navigator">Войти в личный кабинет сертификата</a>
        </p>
      ) : null}
      <div className={holder ? styles.page : undefined}>{children}</div>
    </div>
  );
}
