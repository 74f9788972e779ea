'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { HelpArticlesDocument, SaveHelpArticleDocument, type HelpArticlesQuery, type HelpKind } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../_auth/describe-error';
import { FormField } from '../../_ui/form-field';
import { HELP_SECTIONS } from '../../navigator/_shell/help/help-sections';

type Article = HelpArticlesQuery['helpArticles'][number];

/** Adds a help article, or edits one: its section, title, text (plain markup, no HTML) and, for a video, its address. */
export function HelpArticleForm({ article, onDone }: { article: Article | null; onDone: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<HelpKind>(article?.kind ?? 'INSTRUCTION');
  const [title, setTitle] = useState(article?.title ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const [videoUrl, setVideoUrl] = useState(article?.videoUrl ?? '');
  const [error, setError] = useState<DescribedError | null>(null);
  const [save, saving] = useMutation(SaveHelpArticleDocument, { refetchQueries: [HelpArticlesDocument] });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await save({
        variables: {
          input: {
            id: article?.id ?? null,
            kind,
            title,
            body,
            videoUrl: kind === 'VIDEO' ? videoUrl : null,
            position: article?.position ?? 100,
          },
        },
        awaitRefetchQueries: true,
      });
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const fieldError = (field: string) => error?.fields?.[field] ?? (error?.field === field ? error.message : undefined);
  return (
    <AppForm
      onSubmit={handleSubmit}
      className="page-panel"
      aria-label={article ? 'Изменить материал' : 'Новый материал'}
    >
      <FormField id={`${id}-kind`} label="Раздел">
        {(wiring) => (
          <select {...wiring} value={kind} onChange={(event) => setKind(event.target.value as HelpKind)}>
            {HELP_SECTIONS.map((section) => (
              <option key={section.kind} value={section.kind}>
                {section.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-title`}
        label={kind === 'FAQ' ? 'Вопрос' : 'Заголовок'}
        required
        error={fieldError('title')}
      >
        {(wiring) => (
          <input
            {...wiring}
            type="text"
            maxLength={300}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-body`}
        label={kind === 'FAQ' ? 'Ответ' : 'Текст'}
        required={kind !== 'VIDEO'}
        hint="Абзацы разделяйте пустой строкой; строки списка начинайте с «- »; **полужирный**. HTML не допускается."
        error={fieldError('body')}
      >
        {(wiring) => <textarea {...wiring} rows={6} value={body} onChange={(event) => setBody(event.target.value)} />}
      </FormField>
      {kind === 'VIDEO' && (
        <FormField id={`${id}-video`} label="Адрес видео" required hint="https://…" error={fieldError('videoUrl')}>
          {(wiring) => (
            <input {...wiring} type="url" value={videoUrl} onChange={(event) => setVideoUrl(event.target.value)} />
          )}
        </FormField>
      )}
      {error && !error.fields && !error.field && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving.loading}>
          Сохранить
        </button>
        <button type="button" className="button" onClick={onDone}>
          Отмена
        </button>
      </div>
    </AppForm>
  );
}
