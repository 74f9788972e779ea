'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { RequestHolderPasswordResetDocument } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../_auth/describe-error';
import { FormField } from '../../_ui/form-field';

/** The answer is the same whether or not the cabinet exists and has a confirmed e-mail. */
export function ForgotPasswordForm() {
  const id = useId();
  const [login, setLogin] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [sent, setSent] = useState(false);
  const [request, requesting] = useMutation(RequestHolderPasswordResetDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await request({ variables: { login } });
      setSent(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (sent) {
    return (
      <p role="status" className="notice notice-success">
        Если для кабинета с этим логином подтверждена электронная почта, на неё отправлено письмо со ссылкой для
        восстановления доступа. Ссылка действует один час.
      </p>
    );
  }
  return (
    <AppForm onSubmit={handleSubmit}>
      <p>
        Письмо со ссылкой для нового пароля придёт на электронную почту, подтверждённую в настройках личного кабинета
        сертификата.
      </p>
      <FormField
        id={`${id}-login`}
        label="Логин (номер сертификата)"
        required
        error={error?.fields?.login ?? (error?.field === 'login' ? error.message : undefined)}
      >
        {(wiring) => (
          <input
            {...wiring}
            inputMode="numeric"
            autoComplete="username"
            maxLength={20}
            value={login}
            onChange={(event) => setLogin(event.target.value)}
          />
        )}
      </FormField>
      {error && !error.fields?.login && error.field !== 'login' && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={requesting.loading}>
          Отправить ссылку
        </button>
      </div>
    </AppForm>
  );
}
