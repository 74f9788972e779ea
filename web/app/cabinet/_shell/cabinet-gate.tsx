'use client';

import { ServerError } from '@apollo/client/errors';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import type { ServerAnswer } from '../../_apollo/prime';
import { portals } from '../../_auth/portals';
import { onSessionEvent } from '../../_auth/session-events';
import { SignInFormPanel } from '../../_auth/sign-in-form-panel';
import { SignedInPanel } from '../../_auth/signed-in-panel';
import { SignedInUserContext } from '../../_auth/signed-in-user';
import { serverUserIdOf, useRefreshOnSignIn } from '../../_auth/use-refresh-on-sign-in';
import { Main } from '../../_ui/main';
import { CabinetMenu } from './cabinet-menu';
import { IssuedCredentialsProvider } from './issued-credentials';

/** The server render could not ask who is signed in: the sign-in panel says so (as for a 503), with «Повторить». */
const unreachable = () =>
  new ServerError('the server render could not reach the gateway', {
    response: new Response(null, { status: 503 }),
    bodyText: '',
  });

/**
 * The citizen cabinet's door. A visitor gets «Вход в личный кабинет» right at the address he asked for, and
 * after signing in sees that page. When the session ends while he works, the sign-in form covers the page
 * but the page stays mounted, so that after signing in again he is where he was, with what he typed.
 * `session` is the layout's server-side answer (the user and his children, which every page of the cabinet
 * shows), so that the server renders the page itself, or the sign-in form, from the first byte. The user is
 * kept here, not in an Apollo cache: the pages that only show data load no Apollo (the sign-in form and
 * «Выйти» post without it, and say what happened through session-events.ts).
 */
export function CabinetGate({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  const router = useRouter();
  const serverUser = session.status === 'ok' ? (session.data.me as SignedInUserFragment | null) : null;
  const [me, setMe] = useState<SignedInUserFragment | null>(serverUser);
  // The page rendered again on the server (after a sign-in, or «Повторить»): its user is the one signed in.
  const [renderedFor, setRenderedFor] = useState(serverUser);
  if (serverUser?.id !== renderedFor?.id) {
    setRenderedFor(serverUser);
    if (serverUser) setMe(serverUser);
  }
  const [lastCitizen, setLastCitizen] = useState<SignedInUserFragment | null>(null);
  // «Выйти» was pressed: the user on screen is gone, not expired.
  const [leaving, setLeaving] = useState(false);
  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event.type === 'signed-in') {
          setLeaving(false);
          setMe(event.user);
        } else setMe(null);
      }),
    [],
  );
  useRefreshOnSignIn(serverUserIdOf(session), me?.id ?? null);
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
          error={session.status === 'failed' ? unreachable() : undefined}
          onRetry={() => router.refresh()}
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
