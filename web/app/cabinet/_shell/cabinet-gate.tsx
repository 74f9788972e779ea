'use client';

import { useState, type ReactNode } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import type { ServerAnswer } from '../../_apollo/prime';
import { portals } from '../../_auth/portals';
import { SignInFormPanel } from '../../_auth/sign-in-form-panel';
import { SignedInPanel } from '../../_auth/signed-in-panel';
import { SignedInUserContext } from '../../_auth/signed-in-user';
import { SignInDoor, useServerSession } from '../../_auth/use-server-session';
import { Main } from '../../_ui/main';
import { CabinetMenu } from './cabinet-menu';
import { IssuedCredentialsProvider } from './issued-credentials';

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
  const { me, leaving, setLeaving } = useServerSession(session);
  const [lastCitizen, setLastCitizen] = useState<SignedInUserFragment | null>(null);
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
  if (!citizen) return <SignInDoor portal="cabinet" session={session} />;
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
