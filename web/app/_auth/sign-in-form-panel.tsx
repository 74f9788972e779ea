'use client';

import { describeError } from './describe-error';
import { LoginForm } from './login-form';
import { portals, type Portal } from './portals';

/** A portal's sign-in panel while no one is signed in: checking, failed to check (with «Повторить»), or the form. */
export function SignInFormPanel({
  portal,
  loading,
  error,
  onRetry,
}: {
  portal: Portal;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const info = portals[portal];
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
          <button type="button" className="button" onClick={onRetry}>
            Повторить
          </button>
        </>
      ) : (
        <LoginForm hint={info.credentialsHint} />
      )}
    </section>
  );
}
