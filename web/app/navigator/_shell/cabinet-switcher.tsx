'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { MyLinkedCabinetsDocument, SwitchCabinetDocument } from '@/gql/graphql';
import { describeError } from '../../_auth/describe-error';
import styles from './navigator.module.css';

/**
 * The «стрелочка» next to the login (seed 002, §8): the cabinets merged with this one; choosing one switches to it
 * without signing in again (the server checks the link, ends this session and opens the other's). The page is then
 * loaded afresh, so that nothing of this cabinet stays on screen or in the cache.
 */
export function CabinetSwitcher() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { data, loading } = useQuery(MyLinkedCabinetsDocument, { skip: !open, fetchPolicy: 'network-only' });
  const [switchTo, switching] = useMutation(SwitchCabinetDocument);
  const [error, setError] = useState<string | null>(null);
  const cabinets = data?.myLinkedCabinets ?? [];

  async function choose(userId: string) {
    setError(null);
    try {
      await switchTo({ variables: { userId } });
      window.location.assign('/navigator');
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <div className={styles.switcher}>
      <button
        type="button"
        className={styles.arrow}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-label="Другие кабинеты"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <div id={`${id}-list`} className={styles.switcherList}>
          {loading && <p className="muted">Загрузка…</p>}
          {data && cabinets.length === 0 && (
            <p className="muted">
              Нет объединённых кабинетов. <a href="/navigator/settings#merged-cabinets">Объединить</a>
            </p>
          )}
          {cabinets.length > 0 && (
            <ul aria-label="Объединённые кабинеты">
              {cabinets.map((cabinet) => (
                <li key={cabinet.id}>
                  <button
                    type="button"
                    className={styles.logout}
                    disabled={switching.loading}
                    onClick={() => void choose(cabinet.id)}
                  >
                    Перейти в кабинет {cabinet.login}
                  </button>
                  <span className="muted"> {cabinet.fullName}</span>
                </li>
              ))}
            </ul>
          )}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
