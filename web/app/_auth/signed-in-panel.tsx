'use client';

import type { SignedInUserFragment } from '@/gql/graphql';
import { roleNames } from './role-names';
import styles from './signed-in-panel.module.css';
import { useLogout } from './use-logout';

/** Who is signed in, and «Выйти». */
export function SignedInPanel({ portalName, user }: { portalName: string; user: SignedInUserFragment }) {
  const { signOut, loading, error } = useLogout();

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
        onClick={() => void signOut()}
        disabled={loading}
        aria-busy={loading || undefined}
      >
        Выйти
      </button>
    </section>
  );
}
