'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { LoginMutation, MeQuery } from './auth.operations';
import { describeError, type DescribedError } from './describe-error';

/** «Логин», «Пароль», «Войти». On success the signed-in user lands in the cache, where SignInGate sees it. */
export function LoginForm({ hint }: { hint: string }) {
  const id = useId();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const loginInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [signIn, { loading }] = useMutation(LoginMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.login } });
    },
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await signIn({ variables: { login, password } });
    } catch (caught) {
      const described = describeError(caught);
      setError(described);
      if (described.field === 'password') passwordInput.current?.focus();
      else if (described.field === 'login') loginInput.current?.focus();
    }
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <form method="post" onSubmit={handleSubmit}>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <div className="field">
        <label htmlFor={`${id}-login`}>Логин</label>
        <input
          ref={loginInput}
          id={`${id}-login`}
          name="login"
          type="text"
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          aria-invalid={error?.field === 'login' || undefined}
          aria-describedby={describedBy(hintId, error !== null && errorId)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Пароль</label>
        <input
          ref={passwordInput}
          id={`${id}-password`}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={error?.field === 'password' || undefined}
          aria-describedby={describedBy(error !== null && errorId)}
        />
      </div>
      <div id={errorId} className="form-error" role="alert">
        {error?.message}
      </div>
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Войти
      </button>
    </form>
  );
}
