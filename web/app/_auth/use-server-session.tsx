'use client';

import { ServerError } from '@apollo/client/errors';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import type { ServerAnswer } from '../_apollo/prime';
import { Main } from '../_ui/main';
import type { Portal } from './portals';
import { onSessionEvent } from './session-events';
import { SignInFormPanel } from './sign-in-form-panel';
import { serverUserIdOf, useRefreshOnSignIn } from './use-refresh-on-sign-in';

/**
 * Who is signed in, for a portal's door whose pages are rendered on the server (the citizen cabinet's and the
 * registry's): first the user the server render read (`session`, the page's answer), then what the sign-in
 * form and «Выйти» say through session-events.ts (they post without Apollo), and a request refused for want of
 * a session. After a sign-in the page is rendered again on the server for the user now signed in; `leaving`
 * tells «Выйти» (the user on screen is gone) from an expired session (the page stays under the sign-in form).
 */
export function useServerSession(session: ServerAnswer) {
  const serverUser = session.status === 'ok' ? (session.data.me as SignedInUserFragment | null) : null;
  const [me, setMe] = useState<SignedInUserFragment | null>(serverUser);
  // The page rendered again on the server (after a sign-in, or «Повторить»): its user is the one signed in.
  const [renderedFor, setRenderedFor] = useState(serverUser?.id ?? null);
  if ((serverUser?.id ?? null) !== renderedFor) {
    setRenderedFor(serverUser?.id ?? null);
    if (serverUser) setMe(serverUser);
  }
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
  return { serverUser, me, leaving, setLeaving };
}

/** The server render could not ask who is signed in: the sign-in panel says so (as for a 503), with «Повторить». */
const unreachable = () =>
  new ServerError('the server render could not reach the gateway', {
    response: new Response(null, { status: 503 }),
    bodyText: '',
  });

/** The sign-in form at the address asked for; «Повторить» renders the page again on the server. */
export function SignInDoor({ portal, session }: { portal: Portal; session: ServerAnswer }) {
  const router = useRouter();
  return (
    <Main>
      <SignInFormPanel
        portal={portal}
        error={session.status === 'failed' ? unreachable() : undefined}
        onRetry={() => router.refresh()}
      />
    </Main>
  );
}
