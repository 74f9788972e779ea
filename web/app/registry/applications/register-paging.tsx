'use client';

import { useState, type ReactNode } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { postSignedIn } from '@/app/_auth/post-graphql';
import { ShowMore } from '@/app/_ui/show-more';
import styles from '@/app/registry/_shell/registry.module.css';
import type { ApplicationRegisterQueryVariables, RegisterRowFragment } from '@/gql/graphql';
import { ApplicationRegisterQuery } from './application-register.operations';
import { RegisterRow } from './register-row';

/**
 * The register's table: `head` and `firstRows` as the server rendered them, and under them the rows
 * «Показать ещё» brings, asked from the browser page by page (keyset paging from `cursor`) without Apollo.
 */
export function RegisterPaging({
  head,
  firstRows,
  variables,
  cursor: firstCursor,
}: {
  head: ReactNode;
  firstRows: ReactNode;
  variables: ApplicationRegisterQueryVariables;
  cursor: string | null;
}) {
  const [more, setMore] = useState<RegisterRowFragment[]>([]);
  const [cursor, setCursor] = useState(firstCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function showMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const next = (await postSignedIn(ApplicationRegisterQuery, { ...variables, after: cursor })).applicationRegister;
      setMore((current) => [...current, ...next.applications]);
      setCursor(next.nextCursor ?? null);
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица заявок">
        <table className={styles.table}>
          {head}
          <tbody>
            {firstRows}
            {more.map((row) => (
              <RegisterRow key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore hasMore={Boolean(cursor)} loading={loading} error={error} onShowMore={() => void showMore()} />
    </>
  );
}
