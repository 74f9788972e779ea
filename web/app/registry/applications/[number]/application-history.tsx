import { formatRegionDateTime } from '@/app/_ui/format';
import styles from '@/app/registry/_shell/registry.module.css';
import type { ApplicationDetailsFragment } from '@/gql/graphql';

/** «Ход рассмотрения заявки»: who did what to this application, and when. */
export function ApplicationHistory({ history }: { history: ApplicationDetailsFragment['history'] }) {
  return (
    <section className="page-panel" aria-labelledby="application-history">
      <h2 id="application-history">Ход рассмотрения заявки</h2>
      {history.length === 0 ? (
        <p className="muted">Записей нет.</p>
      ) : (
        <ol className={styles.history}>
          {history.map((entry, index) => (
            <li key={`${entry.occurredAt}-${index}`}>
              <strong>{formatRegionDateTime(entry.occurredAt)}</strong> — {entry.actionName} ({entry.actorName})
              {entry.details ? `: ${entry.details}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
