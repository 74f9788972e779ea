'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { MeQuery } from './auth.operations';
import { portals, type Portal } from './portals';
import { SignInFormPanel } from './sign-in-form-panel';
import { SignedInPanel } from './signed-in-panel';
import { SignedInUserContext } from './signed-in-user';

/**
 * A portal's door: the login form for a visitor, and for a signed-in user who they are plus `children`,
 * the portal's own pages, which read the user with `useSignedInUser()`.
 */
export function SignInGate({ portal, children }: { portal: Portal; children?: ReactNode }) {
  const info = portals[portal];
  // Asked in the browser only: the server render has no session cookie to forward.
  const { data, loading, error, refetch } = useQuery(MeQuery, { ssr: false });

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
