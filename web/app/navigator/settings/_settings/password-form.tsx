'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { ChangeHolderPasswordDocument } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';
import { NewExtract } from './new-extract';

const FIELDS = [
  ['currentPassword', 'Текущий пароль', 'current-password'],
  ['newPassword', 'Новый пароль', 'new-password'],
  ['newPasswordRepeat', 'Повторите новый пароль', 'new-password'],
] as const;

type Values = Record<(typeof FIELDS)[number][0], string>;
const EMPTY: Values = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };

/**
 * «Пароль» (seed 002 §8): the cabinet's password, changed with the current one, and/or a new «Выписка сертификата»
 * with a generated password (the registry's extract).
 */
export function PasswordForm() {
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [change, changing] = useMutation(ChangeHolderPasswordDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await change({ variables: values });
      setValues(EMPTY);
      setSaved(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const fieldError = (field: string) => error?.fields?.[field] ?? (error?.field === field ? error.message : undefined);
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Пароль</h2>
      <p className="muted">Не короче 8 символов, с буквами и цифрами, не содержит номер сертификата.</p>
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        {FIELDS.map(([name, label, autoComplete]) => (
          <FormField key={name} id={`${id}-${name}`} label={label} required error={fieldError(name)}>
            {(wiring) => (
              <input
                {...wiring}
                type="password"
                autoComplete={autoComplete}
                maxLength={256}
                value={values[name]}
                onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
              />
            )}
          </FormField>
        ))}
        {error && !FIELDS.some(([name]) => fieldError(name)) && (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        )}
        {saved && (
          <p role="status" className="notice notice-success">
            Пароль изменён. Другие сеансы входа в этот кабинет завершены.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={changing.loading}>
            Изменить пароль
          </button>
        </div>
      </AppForm>
      <NewExtract />
    </section>
  );
}
