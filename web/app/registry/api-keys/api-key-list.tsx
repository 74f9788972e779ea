'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId } from 'react';
import { formatRegionDateTime } from '@/app/_ui/format';
import { LoadState } from '@/app/_ui/load-state';
import { useOperator } from '@/app/registry/_shell/operator';
import styles from '@/app/registry/_shell/registry.module.css';
import { SCOPE_NAMES, STATUS_NAMES } from './api-key-names';
import { ApiKeysQuery } from './api-keys.operations';

/** «Ключи API»: the keys of partners' systems the operator keeps, newest first. */
export function ApiKeyList({ primed = false }: { primed?: boolean }) {
  const operator = useOperator();
  const regional = operator.role === 'REGIONAL_OPERATOR';
  const id = useId();
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery, {
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
  });
  const keys = data?.apiKeys;
  return (
    <>
      <h1>Ключи API</h1>
      <p className="muted">
        Ключи внешних систем партнёров (школьных систем, муниципальных порталов, учётных систем поставщиков)
        {regional ? ' всех муниципалитетов.' : `: ${operator.municipality?.name ?? '—'}.`} Сам ключ показывается один
        раз, при выпуске или замене.
      </p>
      <div className="actions">
        <Link className="button button-primary" href="/registry/api-keys/new">
          Выпустить ключ
        </Link>
      </div>
      {!keys ? (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>
            Ключей: <span data-testid="api-key-total">{keys.length}</span>
          </h2>
          {keys.length === 0 ? (
            <p className="muted">Ключей ещё нет.</p>
          ) : (
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица ключей API">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Название</th>
                    <th scope="col">Организация-партнёр</th>
                    <th scope="col">Права</th>
                    {regional && <th scope="col">Муниципалитет</th>}
                    <th scope="col">Начало ключа</th>
                    <th scope="col">Действует до</th>
                    <th scope="col">Состояние</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>Действия</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {keys.map((key) => (
                    <tr key={key.id} data-testid="api-key-row">
                      <td data-label="Название">{key.name}</td>
                      <td data-label="Организация-партнёр">{key.partnerName}</td>
                      <td data-label="Права">{key.scopes.map((scope) => SCOPE_NAMES[scope].wire).join(', ')}</td>
                      {regional && <td data-label="Муниципалитет">{key.municipality?.name ?? 'Весь регион'}</td>}
                      <td data-label="Начало ключа">
                        <code>{key.prefix}</code>
                      </td>
                      <td data-label="Действует до">{formatRegionDateTime(key.expiresAt)}</td>
                      <td data-label="Состояние">
                        <span className="tag">{STATUS_NAMES[key.status]}</span>
                      </td>
                      <td>
                        <Link href={`/registry/api-keys/${key.id}`} aria-label={`Подробнее: ${key.name}`}>
                          Подробнее
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
