'use client';

import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef } from 'react';
import { formatRegionDateTime } from '@/app/_ui/format';
import { LoadState } from '@/app/_ui/load-state';
import styles from '@/app/registry/_shell/registry.module.css';
import { GroupChangeProgressQuery } from './group-changes.operations';

/** How often the page asks for the progress of a running job: often enough to watch, cheap (one row). */
const POLL_MS = 1000;

const count = (value: number) => value.toLocaleString('ru-RU');

/** «Ход обработки»: done of total while the job runs, then what came of it and the certificates that did not fit. */
export function JobProgress({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
  const id = useId();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(GroupChangeProgressQuery, {
    variables: { id: jobId },
    fetchPolicy: 'cache-and-network',
  });
  const job = data?.groupChangeJob;
  const running = job?.status === 'RUNNING';
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) {
      wasRunning.current = true;
      startPolling(POLL_MS);
    } else {
      stopPolling();
      if (wasRunning.current && job) {
        wasRunning.current = false;
        onFinished();
      }
    }
    return stopPolling;
  }, [running, job, startPolling, stopPolling, onFinished]);

  if (!job) return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Ход обработки</h2>
      <p>
        {job.sourceGroupName ? `Все сертификаты группы «${job.sourceGroupName}»` : 'Выбранные сертификаты'} → «
        {job.targetGroupName}»; начал {job.startedBy}, {formatRegionDateTime(job.createdAt)}
      </p>
      <p>
        <span className="tag">{running ? 'Выполняется' : 'Завершена'}</span>
      </p>
      <label htmlFor={`${id}-progress`}>Обработано сертификатов</label>
      <progress id={`${id}-progress`} className={styles.progress} max={job.total} value={job.processed} />
      <p role="status" aria-live="polite" data-testid="group-change-progress">
        Обработано {count(job.processed)} из {count(job.total)}
        {running ? '' : '. Обработка завершена'}
      </p>
      <dl className={styles.details}>
        <dt>Переведено в группу</dt>
        <dd>{count(job.changed)}</dd>
        <dt>Уже были в группе</dt>
        <dd>{count(job.skipped)}</dd>
        <dt>Не подошли</dt>
        <dd>{count(job.failed)}</dd>
      </dl>
      {job.refusals.items.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Сертификаты, которые не переведены</caption>
            <thead>
              <tr>
                <th scope="col">Номер сертификата</th>
                <th scope="col">Почему не переведён</th>
              </tr>
            </thead>
            <tbody>
              {job.refusals.items.map((refusal) => (
                <tr key={refusal.certificateNumber}>
                  <td data-label="Номер сертификата">{refusal.certificateNumber}</td>
                  <td data-label="Почему не переведён">{refusal.reasonText}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {job.refusals.nextCursor && (
            <p className="muted">
              Показаны первые {job.refusals.items.length}; всего не подошли {count(job.failed)}.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
