'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField } from '@/app/_ui/form-field';
import { ChangeMyPasswordMutation } from '../_account/my-account.operations';
import { SettingsNav } from '../_account/settings-nav';

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordRepeat'] as const;

/**
 * «Изменить пароль»: the current password, the new one twice. Once changed, every other browser signed in to
 * this account is signed out (this one stays), which the page says.
 */
export function ChangePasswordForm() {
  const id = useId();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', newPasswordRepeat: '' });
  const [error, setError] = useState<DescribedError | null>(null);
  const [changed, setChanged] = useState(false);
  const [change, { loading }] = useMutation(ChangeMyPasswordMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const local: Record<string, string> = {};
    if (!values.currentPassword) local.currentPassword = 'Введите текущий пароль';
    if (!values.newPassword) local.newPassword = 'Введите новый пароль';
    else if (values.newPassword !== values.newPasswordRepeat)
      local.newPasswordRepeat = 'Пароли не совпадают: введите новый пароль ещё раз';
    if (Object.keys(local).length) {
      setError({ code: 'BAD_USER_INPUT', message: Object.values(local).join('. '), fields: local });
      return;
    }
    setError(null);
    try {
      await change({ variables: values });
      setValues({ currentPassword: '', newPassword: '', newPasswordRepeat: '' });
      setChanged(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const fieldErrors = summaryErrors(FIELDS, errorOf, (name) => `${id}-${name}`);
  const input = (name: (typeof FIELDS)[number], autoComplete: string) => (wiring: object) => (
    <input
      {...wiring}
      name={name}
      type="password"
      autoComplete={autoComplete}
      maxLength={256}
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Изменить пароль</h1>
      <SettingsNav />
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
        {changed && (
          <p role="status" className="notice notice-success">
            Пароль изменён. На других устройствах, где был выполнен вход, нужно войти заново с новым паролем.
          </p>
        )}
        <FormField id={`${id}-currentPassword`} label="Текущий пароль" required error={errorOf('currentPassword')}>
          {input('currentPassword', 'current-password')}
        </FormField>
        <FormField
          id={`${id}-newPassword`}
          label="Новый пароль"
          required
          hint="Не короче 8 символов, буквы и цифры, без пробелов"
          error={errorOf('newPassword')}
        >
          {input('newPassword', 'new-password')}
        </FormField>
        <FormField
          id={`${id}-newPasswordRepeat`}
          label="Повторите новый пароль"
          required
          error={errorOf('newPasswordRepeat')}
        >
          {input('newPasswordRepeat', 'new-password')}
        </FormField>
        <button type="submit" className="button button-primary" disabled={loading}>
          Изменить пароль
        </button>
      </AppForm>
    </section>
  );
}
