'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { DOCUMENT_TYPES } from '@/app/_ui/document-types';
import { FormField } from '@/app/_ui/form-field';
import { documentNumbers, formatDate } from '@/app/_ui/format';
import { LoadState } from '@/app/_ui/load-state';
import { ShowMore } from '@/app/_ui/show-more';
import { DIRECTION_NAMES } from '@/app/registry/_shell/names';
import { mayDo, useOperator } from '@/app/registry/_shell/operator';
import styles from '@/app/registry/_shell/registry.module.css';
import type { RegisterRowFragment } from '@/gql/graphql';
import { ApplicationRegisterQuery } from './application-register.operations';
import { PAGE_SIZE, registerVariables, SEARCH_FIELDS, TABS } from './register-params';

/**
 * `primed`: the page's server render put this very page of the register in the cache, moments ago, in the
 * same navigation; the browser then shows it as it is instead of asking the gateway a second time.
 */
export function ApplicationRegister({ params, primed = false }: { params: Record<string, string>; primed?: boolean }) {
  const operator = useOperator();
  const router = useRouter();
  const client = useApolloClient();
  const id = useId();
  const { tab, search } = registerVariables(params);
  const [form, setForm] = useState<Record<string, string>>(() => ({ ...params }));
  const [searchOpen, setSearchOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(ApplicationRegisterQuery, {
    variables: { tab, search, first: PAGE_SIZE },
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
  });
  const [more, setMore] = useState<{ rows: RegisterRowFragment[]; cursor: string | null | undefined }>({
    rows: [],
    cursor: undefined,
  });
  const [moreLoading, setMoreLoading] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const page = data?.applicationRegister;
  const rows = [...(page?.applications ?? []), ...more.rows];
  const cursor = more.cursor === undefined ? page?.nextCursor : more.cursor;

  function hrefFor(next: Record<string, string>): string {
    const query = new URLSearchParams(Object.entries(next).filter(([, value]) => value.trim() !== ''));
    const text = query.toString();
    return text ? `/registry/applications?${text}` : '/registry/applications';
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(hrefFor({ ...form, tab }));
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
        query: ApplicationRegisterQuery,
        variables: { tab, search, first: PAGE_SIZE, after: cursor },
        fetchPolicy: 'network-only',
      });
      const next = result.data?.applicationRegister;
      if (next) setMore((current) => ({ rows: [...current.rows, ...next.applications], cursor: next.nextCursor }));
    } catch (caught) {
      setMoreError(describeError(caught).message);
    } finally {
      setMoreLoading(false);
    }
  }

  const searchedDocument = Boolean(search?.documentSeries && search?.documentNumber);

  return (
    <>
      <h1>Заявки</h1>
      <p className="muted">
        {operator.role === 'REGIONAL_OPERATOR'
          ? 'Заявки всех муниципалитетов региона.'
          : `Заявки муниципалитета: ${operator.municipality?.name ?? '—'}.`}
      </p>
      <nav aria-label="Вкладки заявок" className={styles.tabs}>
        <ul>
          {TABS.map((candidate) => (
            <li key={candidate.value}>
              <Link
                prefetch={false}
                href={hrefFor({ ...params, tab: candidate.value })}
                aria-current={candidate.value === tab ? 'page' : undefined}
              >
                {candidate.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {/* Results first: the search is folded under one line until the operator opens it. */}
      <details
        className={`page-panel ${styles.search}`}
        open={searchOpen}
        onToggle={(event) => setSearchOpen(event.currentTarget.open)}
      >
        <summary>{search ? 'Поиск (заданы условия)' : 'Поиск'}</summary>
        <form role="search" aria-label="Поиск заявок" onSubmit={handleSearch}>
          <div className={styles.searchGrid}>
            {SEARCH_FIELDS.slice(0, 6).map((field) => (
              <SearchInput key={field.name} id={id} field={field} form={form} setForm={setForm} />
            ))}
            <FormField id={`${id}-documentType`} label="Тип документа">
              {(wiring) => (
                <select
                  {...wiring}
                  name="documentType"
                  value={form.documentType ?? ''}
                  onChange={(event) => setForm({ ...form, documentType: event.target.value })}
                >
                  <option value="">Любой</option>
                  {DOCUMENT_TYPES.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {mayDo(operator, 'SEARCH_BY_DOCUMENT') &&
              SEARCH_FIELDS.slice(6).map((field) => (
                <SearchInput key={field.name} id={id} field={field} form={form} setForm={setForm} />
              ))}
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary">
              Применить
            </button>
            <button type="button" className="button" onClick={handleReset}>
              Сбросить
            </button>
          </div>
        </form>
      </details>

      {searchedDocument &&
        page?.liveCertificatesInRegion.map((live) => (
          <p key={live.number} className="notice notice-warning" role="status">
            Ребёнку уже выдан сертификат № {live.number} в муниципалитете {live.municipalityName}
          </p>
        ))}

      {!page ? (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <section aria-labelledby={`${id}-results`} data-query={new URLSearchParams(params).toString()}>
          <h2 id={`${id}-results`}>
            Найдено заявок:{' '}
            <span data-testid="register-total">
              {page.totalCountExact ? page.totalCount : `более ${page.totalCount.toLocaleString('ru-RU')}`}
            </span>
          </h2>
          {error && (
            <p role="alert" className="form-error">
              {describeError(error).message}
            </p>
          )}
          {rows.length === 0 ? (
            <p className="muted">Заявок не найдено. Измените условия поиска или выберите другую вкладку.</p>
          ) : (
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица заявок">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Номер заявки</th>
                    <th scope="col">Номер сертификата</th>
                    <th scope="col">Фамилия</th>
                    <th scope="col">Имя</th>
                    <th scope="col">Отчество</th>
                    <th scope="col">Дата рождения</th>
                    <th scope="col">Тип документа</th>
                    <th scope="col">Серия и номер</th>
                    <th scope="col">Статус</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>Действия</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} data-testid="register-row">
                      <td data-label="Номер заявки">
                        <span>
                          {row.number}
                          <span className={styles.direction}>{DIRECTION_NAMES[row.direction]}</span>
                        </span>
                      </td>
                      <td data-label="Номер сертификата">{row.certificate?.number ?? '—'}</td>
                      <td data-label="Фамилия">{row.child.surname}</td>
                      <td data-label="Имя">{row.child.name}</td>
                      <td data-label="Отчество">{row.child.patronymic}</td>
                      <td data-label="Дата рождения">{formatDate(row.child.birthDate)}</td>
                      <td data-label="Тип документа">{row.document?.typeName ?? '—'}</td>
                      <td data-label="Серия и номер">{row.document ? documentNumbers(row.document) : '—'}</td>
                      <td data-label="Статус">
                        <span className="tag">{row.statusName}</span>
                      </td>
                      <td>
                        <Link
                          // A row per application: prefetching each would ask the server once per row.
                          prefetch={false}
                          href={`/registry/applications/${row.number}`}
                          aria-label={`Подробнее о заявке № ${row.number}`}
                        >
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

function SearchInput({
  id,
  field,
  form,
  setForm,
}: {
  id: string;
  field: (typeof SEARCH_FIELDS)[number];
  form: Record<string, string>;
  setForm: (next: Record<string, string>) => void;
}) {
  return (
    <FormField id={`${id}-${field.name}`} label={field.label}>
      {(wiring) => (
        <input
          {...wiring}
          name={field.name}
          type={field.type ?? 'text'}
          inputMode={field.name.endsWith('Number') ? 'numeric' : undefined}
          value={form[field.name] ?? ''}
          onChange={(event) => setForm({ ...form, [field.name]: event.target.value })}
        />
      )}
    </FormField>
  );
}
