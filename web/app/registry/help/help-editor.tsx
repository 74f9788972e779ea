'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DeleteHelpArticleDocument, HelpArticlesDocument } from '@/gql/graphql';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { MeQuery } from '../../_auth/auth.operations';
import { describeError } from '../../_auth/describe-error';
import { PlainMarkdown } from '../../_ui/plain-markdown';
import { HELP_SECTIONS } from '../../navigator/_shell/help/help-sections';
import { HelpArticleForm } from './help-article-form';

/** /registry/help: the regional operator keeps the help of the holder's «?»; the text is shown as holders see it. */
export function HelpEditor({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: HelpArticlesDocument }]);
  const me = useQuery(MeQuery).data?.me ?? null;
  const { data, loading } = useQuery(HelpArticlesDocument);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [remove, removing] = useMutation(DeleteHelpArticleDocument, { refetchQueries: [HelpArticlesDocument] });
  const articles = data?.helpArticles ?? [];
  const regional = me?.role === 'REGIONAL_OPERATOR';

  return (
    <section aria-labelledby="help-title">
      <h1 id="help-title">Помощь навигатора</h1>
      <p>
        «Инструкции», «Видеоуроки» и «Часто задаваемые вопросы» за знаком «?» в личном кабинете сертификата.
        {!regional && ' Изменять их может региональный оператор.'}
      </p>
      {loading && !data && <p className="muted">Загрузка…</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {regional &&
        (editing === 'new' ? (
          <HelpArticleForm article={null} onDone={() => setEditing(null)} />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setEditing('new')}>
              Добавить материал
            </button>
          </p>
        ))}
      {HELP_SECTIONS.map((section) => (
        <section key={section.kind} aria-label={section.label}>
          <h2>{section.label}</h2>
          {articles
            .filter((article) => article.kind === section.kind)
            .map((article) =>
              editing === article.id ? (
                <HelpArticleForm key={article.id} article={article} onDone={() => setEditing(null)} />
              ) : (
                <article key={article.id} className="page-panel">
                  <h3>{article.title}</h3>
                  <PlainMarkdown text={article.body} />
                  {article.videoUrl && <p className="muted">Видео: {article.videoUrl}</p>}
                  {regional && (
                    <div className="actions">
                      <button type="button" className="button" onClick={() => setEditing(article.id)}>
                        Изменить «{article.title}»
                      </button>
                      <button
                        type="button"
                        className="button button-warning"
                        disabled={removing.loading}
                        onClick={() => {
                          setError(null);
                          remove({ variables: { id: article.id } }).catch((caught: unknown) =>
                            setError(describeError(caught).message),
                          );
                        }}
                      >
                        Удалить «{article.title}»
                      </button>
                    </div>
                  )}
                </article>
              ),
            )}
        </section>
      ))}
    </section>
  );
}
