'use client';

import { useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the input the message belongs to: the summary links to it. */
  inputId: string;
  message: string;
}

/**
 * The GOV.UK error summary: «Исправьте ошибки» at the top of the form, one link per field in error, in the
 * order the form shows them. It takes the keyboard when it appears, and while it is shown the page's title
 * starts with «Ошибка:», so that a screen reader and the browser's tab both say what happened.
 */
export function ErrorSummary({ errors, general }: { errors: SummaryError[]; general?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || Boolean(general);
  const key = errors.map((error) => `${error.inputId}:${error.message}`).join('|') + (general ?? '');
  useErrorTitle(shown);
  useEffect(() => {
    if (key) box.current?.focus();
  }, [key]);
  if (!shown) return null;
  return (
    <div ref={box} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" className="error-summary-title">
        Исправьте ошибки
      </h2>
      {general && <p className="error-summary-general">{general}</p>}
      {errors.length > 0 && (
        <ul className="error-summary-list">
          {errors.map((error) => (
            <li key={error.inputId}>
              <a href={`#${error.inputId}`} onClick={(event) => focusInput(event, error.inputId)}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Focus the input and show its label above it, as a plain `#id` jump would hide the label under the top. */
function focusInput(event: { preventDefault: () => void }, inputId: string) {
  const input = document.getElementById(inputId);
  if (!input) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(inputId)}"]`) ?? input;
  label.scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
}

/** «Ошибка: …» before the page's title while the form shows errors. */
export function useErrorTitle(failed: boolean) {
  useEffect(() => {
    if (!failed) return;
    const prefix = 'Ошибка: ';
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [failed]);
}

/** The summary's entries: each field in `order` that has a message, with the id its input carries. */
export function summaryErrors(
  order: readonly string[],
  messageOf: (name: string) => string | undefined,
  inputIdOf: (name: string) => string,
): SummaryError[] {
  return order.flatMap((name) => {
    const message = messageOf(name);
    return message ? [{ inputId: inputIdOf(name), message }] : [];
  });
}
