'use client';

import { useApolloClient } from '@apollo/client/react';
import { useId, useState } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { formatRegionDateTime } from '@/app/_ui/format';
import styles from '@/app/registry/_shell/registry.module.css';
import type { BatchMunicipalityFragment, GroupChangeJobFieldsFragment } from '@/gql/graphql';
import { MoreGroupChangeJobsQuery } from './group-changes.operations';

const count = (value: number) => value.toLocaleString('ru-RU');

/** «Прошлые обработки»: the municipality's jobs, newest first, ten at a time. */
export function JobHistory({
  municipality,
  onShow,
}: {
  municipality: BatchMunicipalityFragment;
  onShow: (jobId: string) => void;
}) {
  const id = useId();
  const client = useApolloClient();
  const [more, setMore] = useState<{ jobs: GroupChangeJobFieldsFragment[]; cursor: string | null | undefined }>({
    jobs: [],
    cursor: undefined,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const jobs = [...municipality.groupChangeJobs.items, ...more.jobs];
  const cursor = more.cursor === undefined ? municipality.groupChangeJobs.nextCursor : more.cursor;

  async function showMore() {
    if (!cursor) return;
    setFailure(null);
    try {
      const result = await client.query({
        query: MoreGroupChangeJobsQuery,
        variables: { municipalityId: municipality.id, after: cursor },
        fetchPolicy: 'network-only',
      });
      const page = result.data?.municipality?.groupChangeJobs;
      if (page) setMore((current) => ({ jobs: [...current.jobs, ...page.items], cursor: page.nextCursor }));
    } catch (caught) {
      setFailure(describeError(caught).message);
    }
  }

  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Прошлые обработки</h2>
      {jobs.length === 0 ? (
        <p>Обработок ещё не было.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Начата</th>
                <th scope="col">Какие сертификаты</th>
                <th scope="col">В группу</th>
                <th scope="col">Статус</th>
                <th scope="col">Обработано</th>
                <th scope="col">Не подошли</th>
                <th scope="col">
                  <span className="visually-hidden">Действия</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td data-label="Начата">{formatRegionDateTime(job.createdAt)}</td>
                  <td data-label="Какие сертификаты">
                    {job.sourceGroupName ? `Группа «${job.sourceGroupName}»` : 'Выбранные'}
                  </td>
                  <td data-label="В группу">{job.targetGroupName}</td>
                  <td data-label="Статус">{job.status === 'RUNNING' ? 'Выполняется' : 'Завершена'}</td>
                  <td data-label="Обработано">
                    {count(job.processed)} из {count(job.total)}
                  </td>
                  <td data-label="Не подошли">{count(job.failed)}</td>
                  <td>
                    <button type="button" className="button" onClick={() => onShow(job.id)}>
                      Подробнее
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      {cursor && (
        <button type="button" className="button" onClick={() => void showMore()}>
          Показать ещё
        </button>
      )}
    </section>
  );
}
