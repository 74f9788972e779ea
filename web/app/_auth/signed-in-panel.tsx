'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import { LogoutMutation } from './auth.operations';
import { describeError } from './describe-error';
import { roleNames } from './role-names';
import styles from './signed-in-panel.module.css';

/** Who is signed in, and «Выйти». */
export function SignedInPanel({ portalName, user }: { portalName: string; user: SignedInUserFragment }) {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const [error, setError] = useState<string | null>(null);

  async function handleLogout() {
    setError(null);
    try {
      await logout();
      // Forget everything fetched for this user; the `me` query refetches and comes back empty.
      await client.resetStore();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <section className="panel" aria-labelledby="signed-in-title">
      <h1 id="signed-in-title">{portalName}</h1>
      <p className="muted">Вы вошли в систему.</p>
      <dl className={styles.details}>
        <dt>Пользователь</dt>
        <dd>{user.fullName}</dd>
        <dt>Роль</dt>
        <dd>{roleNames[user.role]}</dd>
        {user.organization && (
          <>
            <dt>Организация</dt>
            <dd>{user.organization.name}</dd>
          </>
        )}
        {user.municipality && (
          <>
            <dt>Муниципалитет</dt>
            <dd>{user.municipality.name}</dd>
          </>
        )}
      </dl>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={handleLogout}
        disabled={loading}
        aria-busy={loading || undefined}
      >
        Выйти
      </button>
    </section>
  );
}
