'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import type { NewsItemFieldsFragment } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';
import { formatRegionDateTime } from '../../../_ui/format';
import { LoadState } from '../../../_ui/load-state';
import { AuthoredNewsDocument, EditNewsDocument, PublishNewsDocument, UnpublishNewsDocument } from './news.operations';

/**
 * A publisher's «Новости»: the form (a new item, or the chosen own item to edit) and the publisher's own items,
 * with «Изменить» and «Снять с публикации». Used by providers (/navigator/news) and operators (/registry/news).
 */
export function NewsPublisher({ audience }: { audience: string }) {
  const id = useId();
  const { data, loading, error: loadError, refetch } = useQuery(AuthoredNewsDocument, { variables: {} });
  const [editing, setEditing] = useState<NewsItemFieldsFragment | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [publish, publishing] = useMutation(PublishNewsDocument, { refetchQueries: [AuthoredNewsDocument] });
  const [edit, saving] = useMutation(EditNewsDocument);
  const [unpublish] = useMutation(UnpublishNewsDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    try {
      const input = { title, body };
      if (editing) await edit({ variables: { id: editing.id, input } });
      else await publish({ variables: { input } });
      setNotice(editing ? 'Новость изменена.' : 'Новость опубликована.');
      setEditing(null);
      setTitle('');
      setBody('');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  function startEditing(item: NewsItemFieldsFragment) {
    setEditing(item);
    setTitle(item.title);
    setBody(item.body);
    setNotice(null);
    setError(null);
  }

  const items = data?.authoredNews.items ?? [];
  return (
    <>
      <section className="page-panel" aria-labelledby={`${id}-form`}>
        <h2 id={`${id}-form`}>{editing ? 'Изменить новость' : 'Новая новость'}</h2>
        <p className="muted">Новость увидят владельцы сертификатов: {audience}.</p>
        <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-form`}>
          <FormField id={`${id}-title`} label="Заголовок" required error={error?.fields?.title}>
            {(wiring) => (
              <input {...wiring} maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
            )}
          </FormField>
          <FormField id={`${id}-body`} label="Текст новости" required error={error?.fields?.body}>
            {(wiring) => (
              <textarea
                {...wiring}
                rows={6}
                maxLength={5000}
                value={body}
                onChange={(event) => setBody(event.target.value)}
              />
            )}
          </FormField>
          {error && !error.fields && (
            <p role="alert" className="form-error">
              {error.message}
            </p>
          )}
          {notice && (
            <p role="status" className="notice notice-success">
              {notice}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={publishing.loading || saving.loading}>
              {editing ? 'Сохранить' : 'Опубликовать'}
            </button>
            {editing && (
              <button type="button" className="button" onClick={() => setEditing(null)}>
                Отмена
              </button>
            )}
          </div>
        </AppForm>
      </section>
      <section className="page-panel" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>Мои новости</h2>
        {!data && (
          <LoadState loading={loading} error={loadError} onRetry={() => void refetch().catch(() => undefined)} />
        )}
        {data && items.length === 0 && <p>Новостей пока нет.</p>}
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id}>
              <h3>{item.title}</h3>
              <p className="muted">
                {formatRegionDateTime(item.publishedAt)} · {item.published ? 'опубликована' : 'снята с публикации'}
              </p>
              {item.published && (
                <div className="actions">
                  <button type="button" className="button" onClick={() => startEditing(item)}>
                    Изменить
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void unpublish({ variables: { id: item.id } })
                        .then(() => setNotice('Новость снята с публикации.'))
                        .catch((caught: unknown) => setError(describeError(caught)))
                    }
                  >
                    Снять с публикации
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
