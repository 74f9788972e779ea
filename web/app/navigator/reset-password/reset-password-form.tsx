'use client';

import { useMutation } from '@apollo/client/react';
import { useSearchParams } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { ResetHolderPasswordDocument } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../_auth/describe-error';
import { FormField } from '../../_ui/form-field';

export function ResetPasswordForm() {
  const id = useId();
  const token = useSearchParams().get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [newPasswordRepeat, setNewPasswordRepeat] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [reset, resetting] = useMutation(ResetHolderPasswordDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await reset({ variables: { token, newPassword, newPasswordRepeat } });
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (resetting.data?.resetHolderPassword) {
    return (
      <div role="status">
        <p className="notice notice-success">Пароль изменён. Войдите в личный кабинет сертификата с новым паролем.</p>
        <p>
          <a href="/navigator">Войти</a>
        </p>
      </div>
    );
  }
  const fieldError = (field: string) => error?.fields?.[field] ?? (error?.field === field ? error.message : undefined);
  return (
    <AppForm onSubmit={handleSubmit}>
      <p className="muted">Не короче 8 символов, с буквами и цифрами, не содержит номер сертификата.</p>
      <FormField id={`${id}-new`} label="Новый пароль" required error={fieldError('newPassword')}>
        {(wiring) => (
          <input
            {...wiring}
            type="password"
            autoComplete="new-password"
            maxLength={256}
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-repeat`} label="Повторите новый пароль" required error={fieldError('newPasswordRepeat')}>
        {(wiring) => (
          <input
            {...wiring}
            type="password"
            autoComplete="new-password"
            maxLength={256}
            value={newPasswordRepeat}
            onChange={(event) => setNewPasswordRepeat(event.target.value)}
          />
        )}
      </FormField>
      {error && !fieldError('newPassword') && !fieldError('newPasswordRepeat') && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={resetting.loading}>
          Сохранить пароль
        </button>
      </div>
    </AppForm>
  );
}
