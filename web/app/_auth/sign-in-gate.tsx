'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { usePrimedCache, type ServerAnswer } from '../_apollo/prime';
import { MeQuery } from './auth.operations';
import { portals, type Portal } from './portals';
import { SignInFormPanel } from './sign-in-form-panel';
import { SignedInPanel } from './signed-in-panel';
import { SignedInUserContext } from './signed-in-user';

/**
 * A portal's door: the login form for a visitor, and for a signed-in user who they are plus `children`,
 * the portal's own pages, which read the user with `useSignedInUser()`. `session` is the page's server-side
 * answer to `me`, so that the server renders the right one of the two.
 */
export function SignInGate({
  portal,
  session,
  children,
}: {
  portal: Portal;
  session: ServerAnswer;
  children?: ReactNode;
}) {
  const info = portals[portal];
  usePrimedCache(session, [{ query: MeQuery }]);
  const { data, loading, error, refetch } = useQuery(MeQuery);

  if (data?.me) {
    return (
      <SignedInUserContext.Provider value={data.me}>
        <SignedInPanel portalName={info.name} user={data.me} />
        {children}
      </SignedInUserContext.Provider>
    );
  }

  return (
    <SignInFormPanel
      portal={portal}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    />
  );
}
