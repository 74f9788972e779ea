'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { MeQuery } from './auth.operations';
import { describeError } from './describe-error';
import { LoginForm } from './login-form';
import { portals, type Portal } from './portals';
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
    <section className="panel" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{info.signInTitle}</h1>
      {loading ? (
        <p role="status" className="muted">
          Проверяем, выполнен ли вход…
        </p>
      ) : error ? (
        <>
          <p role="alert" className="form-error">
            {describeError(error).message}
          </p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Повторить
          </button>
        </>
      ) : (
        <LoginForm hint={info.credentialsHint} />
      )}
    </section>
  );
}
