'use client';

import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '../_ui/error-summary';
import { FormField } from '../_ui/form-field';
import { announce, focusPageHeading } from '../_ui/page-focus';
import { LoginMutation } from './auth.operations';
import { describeError } from './describe-error';
import { postGraphql } from './post-graphql';
import { emitSessionEvent } from './session-events';

type Errors = Partial<Record<'login' | 'password', string>>;

/** The app's own check, in Russian, instead of the browser's bubble (the form is `noValidate`). */
function missing(login: string, password: string): Errors {
  const errors: Errors = {};
  if (!login.trim()) errors.login = 'Введите логин';
  if (!password) errors.password = 'Введите пароль';
  return errors;
}

/**
 * «Логин», «Пароль», «Войти». On success the signed-in user is told to the portal's gate (session-events.ts;
 * posted without Apollo, so that the sign-in page loads none); the sign-in is announced and the keyboard moves to the page's h1 once it is shown.
 */
export function LoginForm({ hint }: { hint: string }) {
  const id = useId();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(undefined);
    const found = missing(login, password);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const signInHeading = document.querySelector('main h1');
    setLoading(true);
    try {
      const data = await postGraphql(LoginMutation, { login, password });
      emitSessionEvent({ type: 'signed-in', user: data.login });
      announce(`Вы вошли как ${data.login.fullName}`);
      focusPageHeading(signInHeading);
    } catch (caught) {
      const described = describeError(caught);
      if (described.field === 'login' || described.field === 'password')
        setErrors({ [described.field]: described.message });
      else setGeneral(described.message);
    } finally {
      setLoading(false);
    }
  }

  const inputId = (name: string) => `${id}-${name}`;
  return (
    <AppForm onSubmit={handleSubmit}>
      <ErrorSummary
        errors={summaryErrors(['login', 'password'], (name) => errors[name as keyof Errors], inputId)}
        general={general}
      />
      <p className="hint">{hint}</p>
      <FormField id={inputId('login')} label="Логин" error={errors.login}>
        {(wiring) => (
          <input
            {...wiring}
            name="login"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={login}
            onChange={(event) => setLogin(event.target.value)}
          />
        )}
      </FormField>
      <FormField id={inputId('password')} label="Пароль" error={errors.password}>
        {(wiring) => (
          <input
            {...wiring}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Войти
      </button>
    </AppForm>
  );
}
