'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import type { StaffAccountDetailsFragment } from '@/gql/graphql';
import { formErrors, staffFieldMessage } from '../form-errors';
import { EMPTY_PASSWORD, PASSWORD_FIELDS, PasswordFieldset, passwordInputOf } from '../password-fieldset';
import { ResetStaffAccountPasswordMutation } from './staff-account.operations';

/** «Сбросить пароль»: a new one typed twice or generated (shown once); the account's sessions end. */
export function ResetStaffAccountPassword({ account }: { account: StaffAccountDetailsFragment }) {
  const id = useId();
  const [password, setPassword] = useState(EMPTY_PASSWORD);
  const [error, setError] = useState<DescribedError | null>(null);
  const [outcome, setOutcome] = useState<{ generated: string | null } | null>(null);
  const [reset, { loading }] = useMutation(ResetStaffAccountPasswordMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    try {
      const result = await reset({ variables: { id: account.id, password: passwordInputOf(password) } });
      setOutcome({ generated: result.data?.resetStaffAccountPassword.generatedPassword ?? null });
      setPassword(EMPTY_PASSWORD);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const summary = formErrors(error, password.generate ? [] : PASSWORD_FIELDS, id);
  return (
    <AppForm className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit}>
      <h2 id={`${id}-title`}>Сбросить пароль</h2>
      <ErrorSummary errors={summary.fields} general={summary.general} />
      <PasswordFieldset
        idPrefix={id}
        legend="Новый пароль"
        values={password}
        errorOf={(name) => staffFieldMessage(error, name)}
        onChange={(next) => setPassword((current) => ({ ...current, ...next }))}
      />
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Сохранить новый пароль
      </button>
      <div role="status">
        {outcome &&
          (outcome.generated ? (
            <p className="notice notice-warning">
              Новый пароль: <strong data-testid="new-password">{outcome.generated}</strong>. Сохраните его и передайте
              организации: больше он нигде не показывается. Открытые сессии завершены.
            </p>
          ) : (
            <p>Пароль изменён. Открытые сессии завершены.</p>
          ))}
      </div>
    </AppForm>
  );
}
