'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { FormField } from '@/app/_ui/form-field';
import { LoadState } from '@/app/_ui/load-state';
import { ShowMore } from '@/app/_ui/show-more';
import { useOperator } from '@/app/registry/_shell/operator';
import styles from '@/app/registry/_shell/registry.module.css';
import type { StaffAccountRowFragment } from '@/gql/graphql';
import { StaffAccountsQuery } from './staff-accounts.operations';
import { staffListVariables } from './staff-list-params';

/** «Пользователи организаций»: the accounts the operator keeps, searched by name or e-mail, page by page. */
export function StaffAccountList({ search, primed = false }: { search: string; primed?: boolean }) {
  const operator = useOperator();
  const regional = operator.role === 'REGIONAL_OPERATOR';
  const router = useRouter();
  const client = useApolloClient();
  const id = useId();
  const [text, setText] = useState(search);
  const variables = staffListVariables(search);
  const { data, loading, error, refetch } = useQuery(StaffAccountsQuery, {
    variables,
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
  });
  const [more, setMore] = useState<{ rows: StaffAccountRowFragment[]; cursor: string | null | undefined }>({
    rows: [],
    cursor: undefined,
  });
  const [moreLoading, setMoreLoading] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const page = data?.staffAccounts;
  const rows = [...(page?.accounts ?? []), ...more.rows];
  const cursor = more.cursor === undefined ? page?.nextCursor : more.cursor;

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = text.trim() ? `?${new URLSearchParams({ search: text.trim() })}` : '';
    router.push(`/registry/organizations${query}`);
  }

  async function showMore() {
    if (!cursor) return;
    setMoreLoading(true);
    setMoreError(null);
    try {
      const result = await client.query({
        query: StaffAccountsQuery,
        variables: { ...variables, after: cursor },
        fetchPolicy: 'network-only',
      });
      const next = result.data?.staffAccounts;
      if (next) setMore((current) => ({ rows: [...current.rows, ...next.accounts], cursor: next.nextCursor }));
    } catch (caught) {
      setMoreError(describeError(caught).message);
    } finally {
      setMoreLoading(false);
    }
  }

  return (
    <>
      <h1>Пользователи организаций</h1>
      <p className="muted">
        {regional
          ? 'Операторы реестра сертификатов муниципалитетов.'
          : `Организации по приёму заявлений: ${operator.municipality?.name ?? '—'}.`}
      </p>
      <div className="actions">
        <Link className="button button-primary" href="/registry/organizations/new">
          Создать нового
        </Link>
      </div>
      <form role="search" aria-label="Поиск пользователей" className="page-panel" onSubmit={handleSearch}>
        <FormField id={`${id}-search`} label="Наименование или e-mail">
          {(wiring) => (
            <input
              {...wiring}
              name="search"
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit" className="button button-primary">
            Начать поиск
          </button>
          <Link
            className="button"
            href="/registry/organizations"
            onClick={() => setText('')}
            aria-disabled={!search || undefined}
          >
            Сбросить
          </Link>
        </div>
      </form>
      {!page ? (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>
            Найдено пользователей: <span data-testid="staff-total">{page.totalCount}</span>
          </h2>
          {rows.length === 0 ? (
            <p className="muted">Никого не найдено. Измените условия поиска.</p>
          ) : (
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица пользователей">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Наименование</th>
                    <th scope="col">E-mail (логин)</th>
                    {regional && <th scope="col">Муниципалитет</th>}
                    <th scope="col">Адрес</th>
                    <th scope="col">Телефон</th>
                    <th scope="col">Состояние</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>Действия</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} data-testid="staff-row">
                      <td data-label="Наименование">{row.fullName}</td>
                      <td data-label="E-mail (логин)">{row.login}</td>
                      {regional && <td data-label="Муниципалитет">{row.municipality?.name ?? '—'}</td>}
                      <td data-label="Адрес">{row.organization?.address || '—'}</td>
                      <td data-label="Телефон">{row.organization?.phones || '—'}</td>
                      <td data-label="Состояние">
                        <span className="tag">{row.blocked ? 'Заблокирован' : 'Активен'}</span>
                      </td>
                      <td>
                        <Link href={`/registry/organizations/${row.id}`} aria-label={`Подробнее: ${row.fullName}`}>
                          Подробнее
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ShowMore hasMore={Boolean(cursor)} loading={moreLoading} error={moreError} onShowMore={showMore} />
        </section>
      )}
    </>
  );
}
