import Link from 'next/link';
import type { ServerAnswer } from '@/app/_apollo/prime';
import { ServerLoadFailure } from '@/app/_ui/server-load-failure';
import { mayDo, operatorOf } from '@/app/registry/_shell/operator-rights';
import styles from '@/app/registry/_shell/registry.module.css';
import type { ApplicationRegisterQuery } from '@/gql/graphql';
import { RegisterPaging } from './register-paging';
import { registerHref, registerVariables, TABS } from './register-params';
import { RegisterHead, RegisterRow } from './register-row';
import { RegisterSearch } from './register-search';

/**
 * «Заявки»: the register's tabs, the results first and «Поиск» folded. A server component, from the page's one
 * server request (`answer`, with the operator); only the search form and «Показать ещё» run in the browser.
 */
export function ApplicationRegister({ params, answer }: { params: Record<string, string>; answer: ServerAnswer }) {
  const operator = operatorOf(answer);
  if (!operator) return null;
  const variables = registerVariables(params);
  const { tab, search } = variables;
  const page =
    answer.status === 'ok' && answer.complete
      ? (answer.data as ApplicationRegisterQuery).applicationRegister
      : undefined;
  const query = new URLSearchParams(params).toString();
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
                href={registerHref({ ...params, tab: candidate.value })}
                aria-current={candidate.value === tab ? 'page' : undefined}
              >
                {candidate.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <RegisterSearch
        key={query}
        params={params}
        tab={tab}
        searching={Boolean(search)}
        byDocument={mayDo(operator, 'SEARCH_BY_DOCUMENT')}
      />

      {searchedDocument &&
        page?.liveCertificatesInRegion.map((live) => (
          <p key={live.number} className="notice notice-warning" role="status">
            Ребёнку уже выдан сертификат № {live.number} в муниципалитете {live.municipalityName}
          </p>
        ))}

      {!page ? (
        <ServerLoadFailure />
      ) : (
        <section aria-labelledby="register-results" data-query={query}>
          <h2 id="register-results">
            Найдено заявок:{' '}
            <span data-testid="register-total">
              {page.totalCountExact ? page.totalCount : `более ${page.totalCount.toLocaleString('ru-RU')}`}
            </span>
          </h2>
          {page.applications.length === 0 ? (
            <p className="muted">Заявок не найдено. Измените условия поиска или выберите другую вкладку.</p>
          ) : (
            <RegisterPaging
              key={query}
              head={<RegisterHead />}
              firstRows={page.applications.map((row) => (
                <RegisterRow key={row.id} row={row} />
              ))}
              variables={variables}
              cursor={page.nextCursor ?? null}
            />
          )}
        </section>
      )}
    </>
  );
}
