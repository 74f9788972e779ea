'use client';

import dynamic from 'next/dynamic';
import { useId, useState, type FormEvent } from 'react';
import styles from '../developers.module.css';

// GraphiQL and its editor need a browser: loaded on this route only, after the page.
const Explorer = dynamic(() => import('./explorer'), {
  ssr: false,
  loading: () => <p role="status">Загружается проводник…</p>,
});

/** «Ключ API» for the explorer's requests; the explorer starts afresh (and reads the schema) with each key. */
export function ExplorerWithKey() {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [apiKey, setApiKey] = useState<string | null>(null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiKey(typed.trim());
  }

  return (
    <>
      <form className={styles.keyForm} onSubmit={apply} aria-label="Ключ API для проводника">
        <div>
          <label htmlFor={`${id}-key`}>Ключ API</label>
          <p id={`${id}-hint`} className="muted">
            Передаётся в заголовке Authorization: Bearer; cookie браузера проводник не отправляет.
          </p>
          <input
            id={`${id}-key`}
            name="apiKey"
            type="password"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary">
          Применить ключ
        </button>
      </form>
      {apiKey === null ? (
        <p>Введите ключ и нажмите «Применить ключ»: проводник загрузит схему, доступную этому ключу.</p>
      ) : (
        <div className={styles.explorer}>
          <Explorer key={apiKey} apiKey={apiKey} />
        </div>
      )}
    </>
  );
}
