'use client';

import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { HelpArticlesDocument } from '@/gql/graphql';
import { PlainMarkdown } from '../../../_ui/plain-markdown';
import styles from '../navigator.module.css';
import { HELP_SECTIONS, safeVideoUrl } from './help-sections';

/**
 * The «?» top right of the cabinet (seed 002, the end): a dialog with «Инструкции», «Видеоуроки» and «Часто
 * задаваемые вопросы», the texts the regional operator keeps. Asked for when first opened.
 */
export function HelpDialog() {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  const { data, loading, error } = useQuery(HelpArticlesDocument, { skip: !opened });
  const articles = data?.helpArticles ?? [];

  return (
    <>
      <button
        type="button"
        className={styles.help}
        aria-label="Помощь"
        aria-haspopup="dialog"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        ?
      </button>
      <dialog ref={dialog} className={styles.helpDialog} aria-labelledby={`${id}-title`}>
        <div className={styles.helpHeader}>
          <h2 id={`${id}-title`}>Помощь</h2>
          <button type="button" className={styles.logout} onClick={() => dialog.current?.close()}>
            Закрыть
          </button>
        </div>
        {loading && <p className="muted">Загрузка…</p>}
        {error && (
          <p role="alert" className="form-error">
            Не удалось загрузить помощь. Попробуйте позже
          </p>
        )}
        {HELP_SECTIONS.map((section) => {
          const items = articles.filter((article) => article.kind === section.kind);
          return (
            <section key={section.kind} aria-labelledby={`${id}-${section.kind}`}>
              <h3 id={`${id}-${section.kind}`}>{section.label}</h3>
              {data && items.length === 0 && <p className="muted">Пока ничего нет</p>}
              {items.map((article) => {
                const video = section.kind === 'VIDEO' ? safeVideoUrl(article.videoUrl) : null;
                return (
                  <details key={article.id} className={styles.helpItem}>
                    <summary>{article.title}</summary>
                    <PlainMarkdown text={article.body} />
                    {video && (
                      <p>
                        <a href={video} target="_blank" rel="noopener noreferrer">
                          Смотреть видеоурок «{article.title}»
                        </a>
                      </p>
                    )}
                  </details>
                );
              })}
            </section>
          );
        })}
      </dialog>
    </>
  );
}
