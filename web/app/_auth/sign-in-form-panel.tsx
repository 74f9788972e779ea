'use client';

import { useEffect, useRef } from 'react';
import { describeError } from './describe-error';
import { LoginForm } from './login-form';
import { portals, type Portal } from './portals';

interface SignInFormPanelProps {
  portal: Portal;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The session ended while the user was working: say so, and bring focus here. */
  expired?: boolean;
}

/** A portal's sign-in panel while no one is signed in: checking, failed to check (with «Повторить»), or the form. */
export function SignInFormPanel({ portal, loading, error, onRetry, expired }: SignInFormPanelProps) {
  const info = portals[portal];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (expired) heading.current?.focus();
  }, [expired]);
  return (
    <section className="panel" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" ref={heading} tabIndex={-1}>
        {info.signInTitle}
      </h1>
      {expired && (
        <p role="alert" className="notice">
          Сеанс работы завершён. Войдите снова — вы вернётесь на эту же страницу.
        </p>
      )}
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
        <>
          <LoginForm hint={info.credentialsHint} />
          {portal === 'navigator' && (
            <p>
              <a href="/navigator/forgot-password">Забыли пароль?</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
