'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { FormField } from '@/app/_ui/form-field';
import { formatRegionDateTime } from '@/app/_ui/format';
import styles from '@/app/registry/_shell/registry.module.css';
import { staffFieldMessage } from '@/app/registry/organizations/form-errors';
import type { ApiKeyDetailsFragment } from '@/gql/graphql';
import {
  RegisterApiKeyOperationMutation,
  RemoveApiKeyOperationMutation,
  SetApiKeyRegisteredOnlyMutation,
} from '../api-keys.operations';

/**
 * «Зарегистрированные операции» of a key (README, «Partners»): the operations of the partner's system, by name and
 * SHA-256, registered and removed here, and «Только зарегистрированные операции», which makes the gateway run
 * nothing else for this key.
 */
export function ApiKeyOperations({ apiKey }: { apiKey: ApiKeyDetailsFragment }) {
  const id = useId();
  const refetch = { refetchQueries: ['ApiKey'] };
  const [setRegisteredOnly, setting] = useMutation(SetApiKeyRegisteredOnlyMutation, refetch);
  const [register, registering] = useMutation(RegisterApiKeyOperationMutation, refetch);
  const [remove, removing] = useMutation(RemoveApiKeyOperationMutation, refetch);
  const [values, setValues] = useState({ name: '', document: '' });
  const [error, setError] = useState<DescribedError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const loading = setting.loading || registering.loading || removing.loading;

  async function run(action: () => Promise<unknown>, message: string) {
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      return true;
    } catch (caught) {
      setError(describeError(caught));
      return false;
    }
  }

  async function handleRegister(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await run(
      () => register({ variables: { keyId: apiKey.id, name: values.name, document: values.document } }),
      `Операция «${values.name.trim()}» зарегистрирована.`,
    );
    if (ok) setValues({ name: '', document: '' });
  }

  const general = error && !staffFieldMessage(error, 'name') && !staffFieldMessage(error, 'document');
  return (
    <section aria-labelledby={`${id}-title`} className="page-panel">
      <h2 id={`${id}-title`}>Зарегистрированные операции</h2>
      <p>
        {apiKey.registeredOnly
          ? 'Ключ выполняет только зарегистрированные операции: любой другой запрос отклоняется.'
          : 'Ключ выполняет любые запросы в пределах своих прав; зарегистрированные операции можно отправлять одним хешем.'}
      </p>
      <button
        type="button"
        className="button"
        disabled={loading}
        onClick={() =>
          void run(
            () => setRegisteredOnly({ variables: { id: apiKey.id, registeredOnly: !apiKey.registeredOnly } }),
            apiKey.registeredOnly
              ? 'Ключ снова выполняет любые запросы в пределах своих прав.'
              : 'Теперь ключ выполняет только зарегистрированные операции.',
          )
        }
      >
        {apiKey.registeredOnly ? 'Разрешить любые запросы' : 'Только зарегистрированные операции'}
      </button>
      <p role="status">{done}</p>
      {general && (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      )}
      {apiKey.operations.length === 0 ? (
        <p className="muted">Операций не зарегистрировано.</p>
      ) : (
        <ul className={styles.operations}>
          {apiKey.operations.map((operation) => (
            <li key={operation.sha256} data-testid="api-key-operation">
              <strong>{operation.name}</strong> — SHA-256 <code>{operation.sha256}</code>,{' '}
              {formatRegionDateTime(operation.createdAt)}, {operation.createdByName}{' '}
              <button
                type="button"
                className="button"
                disabled={loading}
                aria-label={`Удалить операцию «${operation.name}»`}
                onClick={() =>
                  void run(
                    () => remove({ variables: { keyId: apiKey.id, sha256: operation.sha256 } }),
                    `Операция «${operation.name}» удалена.`,
                  )
                }
              >
                Удалить
              </button>
            </li>
          ))}
        </ul>
      )}
      <AppForm onSubmit={handleRegister} aria-labelledby={`${id}-register`}>
        <h3 id={`${id}-register`}>Зарегистрировать операцию</h3>
        <FormField id={`${id}-name`} label="Название операции" error={staffFieldMessage(error, 'name')}>
          {(wiring) => (
            <input
              {...wiring}
              name="name"
              value={values.name}
              onChange={(event) => setValues((current) => ({ ...current, name: event.target.value }))}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-document`}
          label="Текст операции GraphQL"
          hint="Точно так, как его отправляет система партнёра: хеш считается по тексту"
          error={staffFieldMessage(error, 'document')}
        >
          {(wiring) => (
            <textarea
              {...wiring}
              name="document"
              rows={6}
              value={values.document}
              onChange={(event) => setValues((current) => ({ ...current, document: event.target.value }))}
            />
          )}
        </FormField>
        <button type="submit" className="button button-primary" disabled={loading}>
          Зарегистрировать
        </button>
      </AppForm>
    </section>
  );
}
