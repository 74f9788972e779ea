'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField } from '@/app/_ui/form-field';
import { ChangeMyLoginMutation } from '../_account/my-account.operations';
import { SettingsNav } from '../_account/settings-nav';

const FIELDS = ['newLogin', 'currentPassword'] as const;

/** «Изменить логин»: a new login and the current password; the session goes on under the new login. */
export function ChangeLoginForm() {
  const id = useId();
  const [values, setValues] = useState({ newLogin: '', currentPassword: '' });
  const [error, setError] = useState<DescribedError | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangeMyLoginMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChangedTo(null);
    const local: Record<string, string> = {};
    if (!values.newLogin.trim()) local.newLogin = 'Введите новый логин';
    if (!values.currentPassword) local.currentPassword = 'Введите текущий пароль';
    if (Object.keys(local).length) {
      setError({ code: 'BAD_USER_INPUT', message: Object.values(local).join('. '), fields: local });
      return;
    }
    setError(null);
    try {
      const { data } = await change({ variables: values });
      setValues({ newLogin: '', currentPassword: '' });
      setChangedTo(data?.changeMyLogin.login ?? null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const fieldErrors = summaryErrors(FIELDS, errorOf, (name) => `${id}-${name}`);
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Изменить логин</h1>
      <SettingsNav />
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
        {changedTo && (
          <p role="status" className="notice notice-success">
            Логин изменён. Теперь входите с логином <strong>{changedTo}</strong>.
          </p>
        )}
        <FormField
          id={`${id}-newLogin`}
          label="Новый логин"
          required
          hint="От 3 до 64 знаков: латинские буквы, цифры, точка, дефис, подчёркивание или @"
          error={errorOf('newLogin')}
        >
          {(wiring) => (
            <input
              {...wiring}
              name="newLogin"
              autoComplete="username"
              spellCheck={false}
              autoCapitalize="none"
              maxLength={64}
              value={values.newLogin}
              onChange={(event) => setValues((current) => ({ ...current, newLogin: event.target.value }))}
            />
          )}
        </FormField>
        <FormField id={`${id}-currentPassword`} label="Текущий пароль" required error={errorOf('currentPassword')}>
          {(wiring) => (
            <input
              {...wiring}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              maxLength={256}
              value={values.currentPassword}
              onChange={(event) => setValues((current) => ({ ...current, currentPassword: event.target.value }))}
            />
          )}
        </FormField>
        <button type="submit" className="button button-primary" disabled={loading}>
          Изменить логин
        </button>
      </AppForm>
    </section>
  );
}
