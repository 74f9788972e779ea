'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId } from 'react';
import { formatDate, formatRegionDateTime } from '@/app/_ui/format';
import { LoadState } from '@/app/_ui/load-state';
import styles from '@/app/registry/_shell/registry.module.css';
import { SCOPE_NAMES, STATUS_NAMES } from '../api-key-names';
import { ApiKeyQuery } from '../api-keys.operations';
import { ApiKeyActions } from './api-key-actions';
import { ApiKeyOperations } from './api-key-operations';

/** One key: its rights, limits and state, «Отозвать» and «Заменить ключ», and its use per day. */
export function ApiKeyPage({ id }: { id: string }) {
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ApiKeyQuery, { variables: { id } });
  if (!data) return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const key = data.apiKey;
  if (!key) {
    return (
      <>
        <h1>Ключ не найден</h1>
        <p>
          <Link href="/registry/api-keys">К списку ключей</Link>
        </p>
      </>
    );
  }
  const details: Array<[string, React.ReactNode]> = [
    ['Организация-партнёр', key.partnerName],
    ['Начало ключа', <code key="prefix">{key.prefix}</code>],
    ['Права', key.scopes.map((scope) => `${SCOPE_NAMES[scope].label} (${SCOPE_NAMES[scope].wire})`).join('; ')],
    ['Муниципалитет', key.municipality?.name ?? 'Весь регион'],
    ...(key.organization ? [['Действует от имени', key.organization.name] as [string, React.ReactNode]] : []),
    ['Состояние', STATUS_NAMES[key.status]],
    ['Действует до', formatRegionDateTime(key.expiresAt)],
    ['Лимиты', `${key.requestsPerMinute} запросов и стоимость ${key.costPerMinute} в минуту`],
    ['Выпущен', `${formatRegionDateTime(key.createdAt)}, ${key.createdByName}`],
  ];
  if (key.revokedAt) details.push(['Отозван', formatRegionDateTime(key.revokedAt)]);
  return (
    <>
      <p>
        <Link href="/registry/api-keys">← К списку ключей</Link>
      </p>
      <h1>{key.name}</h1>
      <dl className={styles.details}>
        {details.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {key.replacedById && (
        <p>
          <Link href={`/registry/api-keys/${key.replacedById}`}>Ключ, который заменил этот</Link>
        </p>
      )}
      <ApiKeyActions apiKey={key} />
      <ApiKeyOperations apiKey={key} />
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>Использование по дням</h2>
        {data.apiKeyUsage.length === 0 ? (
          <p className="muted">За последние 30 дней запросов не было.</p>
        ) : (
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Использование ключа по дням">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">День</th>
                  <th scope="col">Запросов</th>
                  <th scope="col">Отклонено</th>
                  <th scope="col">Стоимость</th>
                </tr>
              </thead>
              <tbody>
                {data.apiKeyUsage.map((day) => (
                  <tr key={day.day} data-testid="usage-row">
                    <td data-label="День">{formatDate(day.day)}</td>
                    <td data-label="Запросов">{day.requests}</td>
                    <td data-label="Отклонено">{day.refused}</td>
                    <td data-label="Стоимость">{day.cost}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
