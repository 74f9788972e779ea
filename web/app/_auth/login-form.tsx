'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '../_ui/error-summary';
import { FormField } from '../_ui/form-field';
import { announce, focusPageHeading } from '../_ui/page-focus';
import { LoginMutation, MeQuery } from './auth.operations';
import { describeError } from './describe-error';

type Errors = Partial<Record<'login' | 'password', string>>;

/** The app's own check, in Russian, instead of the browser's bubble (the form is `noValidate`). */
function missing(login: string, password: string): Errors {
  const errors: Errors = {};
  if (!login.trim()) errors.login = 'Введите логин';
  if (!password) errors.password = 'Введите пароль';
  return errors;
}

/**
 * «Логин», «Пароль», «Войти». On success the signed-in user lands in the cache, where the portal's gate sees
 * it; the sign-in is announced and the keyboard moves to the page's h1 once it is shown.
 */
export function LoginForm({ hint }: { hint: string }) {
  const id = useId();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [signIn, { loading }] = useMutation(LoginMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.login } });
    },
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(undefined);
    const found = missing(login, password);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const signInHeading = document.querySelector('main h1');
    try {
      const result = await signIn({ variables: { login, password } });
      if (result.data) {
        announce(`Вы вошли как ${result.data.login.fullName}`);
        focusPageHeading(signInHeading);
      }
    } catch (caught) {
      const described = describeError(caught);
      if (described.field === 'login' || described.field === 'password')
        setErrors({ [described.field]: described.message });
      else setGeneral(described.message);
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
