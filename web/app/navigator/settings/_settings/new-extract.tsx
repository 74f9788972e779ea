'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { usePdfObjectUrl } from '@/app/_ui/pdf-object-url';
import { IssueMyCertificateExtractDocument } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';

/**
 * «Пароль» → a new «Выписка сертификата» (seed 002 §8): the registry's extract with a generated password. Every
 * session of the cabinet ends, this one too: the holder signs in again with the password from the extract.
 */
export function NewExtract() {
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [issue, issuing] = useMutation(IssueMyCertificateExtractDocument);
  const extract = issuing.data?.issueMyCertificateExtract ?? null;
  const url = usePdfObjectUrl(extract?.pdfBase64);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await issue({ variables: { currentPassword } });
      setCurrentPassword('');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (extract && url) {
    return (
      <div role="status">
        <p className="notice notice-success">
          Сформирована новая выписка сертификата. Прежний пароль больше не действует; войдите снова с новым паролем.
        </p>
        <p>
          Логин: <strong>{extract.login}</strong>, новый пароль:{' '}
          <strong data-testid="new-extract-password">{extract.password}</strong>
        </p>
        <div className="actions">
          <a className="button button-primary" href={url} download={extract.fileName}>
            Скачать выписку (PDF)
          </a>
        </div>
      </div>
    );
  }
  const fieldError = error?.fields?.currentPassword ?? (error?.field === 'currentPassword' ? error.message : undefined);
  return (
    <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Выписка сертификата</h3>
      <p className="muted">
        Документ сертификата с логином и новым паролем от личного кабинета. Пароль будет сгенерирован, прежний
        перестанет действовать.
      </p>
      <FormField id={`${id}-current`} label="Текущий пароль для выписки" required error={fieldError}>
        {(wiring) => (
          <input
            {...wiring}
            type="password"
            autoComplete="current-password"
            maxLength={256}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
          />
        )}
      </FormField>
      {error && !fieldError && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={issuing.loading}>
          Сформировать новую выписку
        </button>
      </div>
    </AppForm>
  );
}
