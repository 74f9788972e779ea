import { Cron } from 'croner';
import { DataSource } from 'typeorm';
import { connectionFailureOf } from './connection-failures';
import { logThrottle } from './log-throttle';
import { deleteOlderThan } from './outbox';

/**
 * Deletes a receiver's inbox rows (the ids of events it has applied) older than `retentionDays`, in slices;
 * resolves with how many. Within the retention the inbox still knows every id, so a redelivery is ignored.
 */
export function pruneInbox(dataSource: DataSource, schema: string, retentionDays: number): Promise<number> {
  return deleteOlderThan(
    dataSource,
    { schema, name: 'inbox', key: 'event_id', timeColumn: 'received_at' },
    retentionDays,
  );
}

/**
 * Prunes a receiver's inbox every hour (croner, at minute 23; a run still going when the next is due makes
 * that one skip). Any instance of the subgraph may run it: the DELETE is idempotent.
 */
export class InboxPruner {
  private job: Cron | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly retentionDays: number,
    private readonly pattern = '23 * * * *',
  ) {}

  /** Whether this subgraph's schema has an inbox, i.e. receives events. */
  static async hasInbox(dataSource: DataSource, schema: string): Promise<boolean> {
    const [row]: Array<{ table: string | null }> = await dataSource.query(`SELECT to_regclass($1) AS "table"`, [
      `"${schema}".inbox`,
    ]);
    return row.table !== null;
  }

  start(): void {
    this.job ??= new Cron(this.pattern, { protect: true, unref: true }, async () => {
      await this.prune();
    });
  }

  stop(): void {
    this.job?.stop();
    this.job = null;
  }

  /** One run; never rejects (a failure is logged, the next hour tries again). */
  async prune(): Promise<number> {
    try {
      const pruned = await pruneInbox(this.dataSource, this.schema, this.retentionDays);
      if (pruned > 0)
        console.log(
          `[${this.schema}] inbox: pruned ${pruned} ids of events applied over ${this.retentionDays} days ago`,
        );
      return pruned;
    } catch (error) {
      const failure = connectionFailureOf(error);
      logThrottle.log(
        `${this.schema}:inbox-prune:${failure?.kind ?? 'error'}`,
        `[${this.schema}] inbox pruning failed: ${(error as Error).message}`,
      );
      return 0;
    }
  }
}
