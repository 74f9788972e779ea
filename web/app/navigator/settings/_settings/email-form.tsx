'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { MyHolderEmailDocument, RequestHolderEmailChangeDocument } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';

/**
 * «Электронная почта» → «Изменить» (seed 002 §8): the address access is recovered through. A one-time link goes
 * to the new address; it is followed while signed in to this cabinet.
 */
export function EmailForm() {
  const id = useId();
  const { data } = useQuery(MyHolderEmailDocument);
  const current = data?.myHolderEmail ?? null;
  const [editing, setEditing] = useState(false);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [request, requesting] = useMutation(RequestHolderEmailChangeDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await request({
        variables: { email },
        update: (cache, { data: answer }) => {
          if (answer)
            cache.writeQuery({
              query: MyHolderEmailDocument,
              data: { myHolderEmail: answer.requestHolderEmailChange },
            });
        },
      });
      setEditing(false);
      setEmail('');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Электронная почта</h2>
      <p>
        Обязательно заполните поле «Электронная почта», чтобы в случае утери доступа к личному кабинету его можно было
        восстановить.
      </p>
      <p>
        Адрес: <strong data-testid="holder-email">{current?.email ?? 'не указан'}</strong>
      </p>
      {current?.pendingEmail && (
        <p role="status" className="notice" data-testid="pending-email">
          На адрес {current.pendingEmail} отправлено письмо со ссылкой для подтверждения. Для перехода по ссылке
          оставайтесь авторизованными в личном кабинете сертификата; ссылка активна только единожды.
        </p>
      )}
      {editing ? (
        <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
          <FormField
            id={`${id}-email`}
            label="Новый адрес электронной почты"
            required
            error={error?.fields?.email ?? (error?.field === 'email' ? error.message : undefined)}
          >
            {(wiring) => (
              <input
                {...wiring}
                type="email"
                autoComplete="email"
                maxLength={254}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </FormField>
          {error && !error.fields?.email && error.field !== 'email' && (
            <p role="alert" className="form-error">
              {error.message}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={requesting.loading}>
              Отправить ссылку для подтверждения
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Отмена
            </button>
          </div>
        </AppForm>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Изменить
          </button>
        </div>
      )}
    </section>
  );
}
