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
import type { CertificateRegisterRowFragment } from '@/gql/graphql';
import { CertificateRegisterQuery } from './certificate-register.operations';
import { formatMoney, PAGE_SIZE, registerVariables, SEARCH_FIELDS, TABS } from './register-params';

/** «Сертификаты»: seed 001's tabs, search and columns, a page at a time in number order. */
export function CertificateRegister({ params, primed = false }: { params: Record<string, string>; primed?: boolean }) {
  const operator = useOperator();
  const router = useRouter();
  const client = useApolloClient();
  const id = useId();
  const { tab, search } = registerVariables(params);
  const [form, setForm] = useState<Record<string, string>>(() => ({ ...params }));
  const [advanced, setAdvanced] = useState(() => SEARCH_FIELDS.some((field) => field.advanced && params[field.name]));
  const { data, loading, error, refetch } = useQuery(CertificateRegisterQuery, {
    variables: { tab, search, first: PAGE_SIZE },
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
    // The navigator's figures may be missing while the rows are there: show the rows.
    errorPolicy: 'all',
  });
  const [more, setMore] = useState<{ rows: CertificateRegisterRowFragment[]; cursor: string | null | undefined }>({
    rows: [],
    cursor: undefined,
  });
  const [moreLoading, setMoreLoading] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const page = data?.certificateRegister;
  const rows = [...(page?.certificates ?? []), ...more.rows];
  const cursor = more.cursor === undefined ? page?.nextCursor : more.cursor;

  function hrefFor(next: Record<string, string>): string {
    const query = new URLSearchParams(Object.entries(next).filter(([, value]) => value.trim() !== ''));
    const text = query.toString();
    return text ? `/registry/certificates?${text}` : '/registry/certificates';
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const shown = SEARCH_FIELDS.filter((field) => advanced || !field.advanced).map((field) => field.name);
    router.push(hrefFor({ ...Object.fromEntries(shown.map((name) => [name, form[name] ?? ''])), tab }));
  }

  function handleReset() {
    setForm({});
    router.push(hrefFor({ tab }));
  }

  async function showMore() {
    if (!cursor) return;
    setMoreLoading(true);
    setMoreError(null);
    try {
      const result = await client.query({
        query: CertificateRegisterQuery,
        variables: { tab, search, first: PAGE_SIZE, after: cursor },
        fetchPolicy: 'network-only',
        errorPolicy: 'all',
      });
      const next = result.data?.certificateRegister;
      if (next) setMore((current) => ({ rows: [...current.rows, ...next.certificates], cursor: next.nextCursor }));
      else if (result.error) setMoreError(describeError(result.error).message);
    } catch (caught) {
      setMoreError(describeError(caught).message);
    } finally {
      setMoreLoading(false);
    }
  }

  const fieldErrors = error ? describeError(error).fields : undefined;

  return (
    <>
      <h1>Сертификаты</h1>
      <p className="muted">
        {operator.role === 'REGIONAL_OPERATOR'
          ? 'Сертификаты всех муниципалитетов региона.'
          : `Сертификаты муниципалитета: ${operator.municipality?.name ?? '—'}.`}
      </p>

      <form role="search" aria-label="Поиск сертификатов" className="page-panel" onSubmit={handleSearch}>
        <div className={styles.searchGrid}>
          {SEARCH_FIELDS.filter((field) => advanced || !field.advanced).map((field) => (
            <FormField
              key={field.name}
              id={`${id}-${field.name}`}
              label={field.label}
              error={fieldErrors?.[field.name]}
            >
              {(wiring) => (
                <input
                  {...wiring}
                  name={field.name}
                  type="text"
                  inputMode={field.name === 'number' ? 'numeric' : undefined}
                  value={form[field.name] ?? ''}
                  onChange={(event) => setForm({ ...form, [field.name]: event.target.value })}
                />
              )}
            </FormField>
          ))}
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary">
            Начать поиск
          </button>
          <button type="button" className="button" onClick={handleReset}>
            Сбросить
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={advanced}
            onClick={() => setAdvanced((open) => !open)}
          >
            Расширенный поиск
          </button>
        </div>
      </form>

      <nav aria-label="Вкладки сертификатов" className={styles.tabs}>
        <ul>
          {TABS.map((candidate) => (
            <li key={candidate.value}>
              <Link
                href={hrefFor({ ...params, tab: candidate.value })}
                aria-current={candidate.value === tab ? 'page' : undefined}
              >
                {candidate.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {!page ? (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <section aria-labelledby={`${id}-results`} data-query={new URLSearchParams(params).toString()}>
          <h2 id={`${id}-results`}>{TABS.find((candidate) => candidate.value === tab)?.label}</h2>
          {error && (
            <p role="alert" className="notice notice-warning">
              Часть данных недоступна: {describeError(error).message}
            </p>
          )}
          {rows.length === 0 ? (
            <p className="muted">Ничего не найдено.</p>
          ) : (
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица сертификатов">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">№</th>
                    <th scope="col">Номер</th>
                    <th scope="col">Фамилия</th>
                    <th scope="col">Имя</th>
                    <th scope="col">Отчество</th>
                    <th scope="col">Номинал сертификата</th>
                    <th scope="col">Резерв</th>
                    <th scope="col">Остаток</th>
                    <th scope="col">Договоров по ПФ</th>
                    <th scope="col">Группа сертификата</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={row.id} data-testid="certificate-row">
                      <td data-label="№">{index + 1}</td>
                      <td data-label="Номер">
                        <Link href={`/registry/certificates/${row.number}`} aria-label={`Сертификат № ${row.number}`}>
                          {row.number}
                        </Link>
                      </td>
                      <td data-label="Фамилия">{row.child.surname}</td>
                      <td data-label="Имя">{row.child.name}</td>
                      <td data-label="Отчество">{row.child.patronymic}</td>
                      <td data-label="Номинал сертификата">
                        {row.account ? formatMoney(row.account.nominalKopecks) : '—'}
                      </td>
                      <td data-label="Резерв">{row.account ? formatMoney(row.account.reservedKopecks) : '—'}</td>
                      <td data-label="Остаток">{row.account ? formatMoney(row.account.balanceKopecks) : '—'}</td>
                      <td data-label="Договоров по ПФ">{row.account?.fundedContracts ?? '—'}</td>
                      <td data-label="Группа сертификата">{row.group.name}</td>
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
