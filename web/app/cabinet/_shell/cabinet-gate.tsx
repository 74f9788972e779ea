'use client';

import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { MeQuery } from '../../_auth/auth.operations';
import { portals } from '../../_auth/portals';
import { SignInFormPanel } from '../../_auth/sign-in-form-panel';
import { SignedInPanel } from '../../_auth/signed-in-panel';
import { SignedInUserContext } from '../../_auth/signed-in-user';
import { serverUserIdOf, useRefreshOnSignIn } from '../../_auth/use-refresh-on-sign-in';
import { Main } from '../../_ui/main';
import { CabinetMenu } from './cabinet-menu';
import { IssuedCredentialsProvider } from './issued-credentials';

/**
 * The citizen cabinet's door. A visitor gets «Вход в личный кабинет» right at the address he asked for, and
 * after signing in sees that page. When the session ends while he works, the sign-in form covers the page
 * but the page stays mounted, so that after signing in again he is where he was, with what he typed.
 * `session` is the layout's server-side answer (the user and his children, which every page of the cabinet
 * shows), so that the server renders the page itself, or the sign-in form, from the first byte. Only `me` goes
 * into the Apollo cache here; the pages that only show data are server components that read the same answer
 * (cabinet-session.ts), and the pages with forms prime the children themselves (primed-cabinet-children.tsx).
 */
export function CabinetGate({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  usePrimedCache(session, [{ query: MeQuery }]);
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const me = data?.me ?? null;
  useRefreshOnSignIn(serverUserIdOf(session), me?.id ?? null);
  const [lastCitizen, setLastCitizen] = useState<SignedInUserFragment | null>(null);
  // «Выйти» was pressed: until `me` comes back empty, the user on screen is gone, not expired.
  const [leaving, setLeaving] = useState(false);
  if (leaving && !me && !loading) setLeaving(false);
  if (!leaving && me?.role === 'CITIZEN' && me !== lastCitizen) setLastCitizen(me);

  if (me && me.role !== 'CITIZEN') {
    return (
      <Main>
        <p className="notice">
          Личный кабинет граждан — для родителей и детей старше 14 лет. Войдите с логином и паролем, которые выдала
          школа.
        </p>
        <SignedInPanel portalName={portals.cabinet.name} user={me} />
      </Main>
    );
  }

  const citizen = leaving ? null : (me ?? lastCitizen);
  if (!citizen) {
    return (
      <Main>
        <SignInFormPanel
          portal="cabinet"
          loading={loading}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Main>
    );
  }
  const expired = !me;
  return (
    <>
      {expired && (
        <Main>
          <SignInFormPanel portal="cabinet" expired />
        </Main>
      )}
      <div hidden={expired} key={citizen.id}>
        <SignedInUserContext.Provider value={citizen}>
          <IssuedCredentialsProvider>
            <CabinetMenu
              user={citizen}
              onSignedOut={() => {
                setLeaving(true);
                setLastCitizen(null);
              }}
            />
            <Main id={expired ? undefined : 'main'}>{children}</Main>
          </IssuedCredentialsProvider>
        </SignedInUserContext.Provider>
      </div>
    </>
  );
}
