import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { logger } from '@pfdo/platform';

/** pg-boss's own schema in the subgraph's database: its tables never mix with the registry's. */
export const QUEUE_SCHEMA = 'pgboss';
const QUEUE = 'certificate-group-change';

export interface GroupChangeQueueOptions {
  databaseUrl: string;
  /** Runs one batch of a job in its own transaction; answers whether more remain (its successor is queued). */
  runBatch(jobId: string): Promise<void>;
}

/**
 * The queue of «Пакетные обработки» (pg-boss 10, Postgres-backed). A mass change runs as a chain of
 * messages, one per batch: each batch is one transaction that changes its certificates, records its
 * progress in `group_change_jobs` and queues the next message, so a restart continues after the last
 * committed batch, and a batch that is run twice finds its work done. The queue's policy `short` keeps at
 * most one waiting message per job (its singleton key), so a repeated delivery cannot start a second chain.
 */
export class GroupChangeQueue {
  private readonly boss: PgBoss;
  private started = false;
  private stopping = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly options: GroupChangeQueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: QUEUE_SCHEMA,
      application_name: 'pfdo-certificates-queue',
      // Its own two connections: the workers' fetches and the maintenance, never the requests' pool.
      max: 2,
      // A batch takes well under a second; one stuck past a minute (a process killed mid-batch left it active)
      // is expired and retried, and its transaction was rolled back, so nothing is done twice.
      expireInSeconds: 60,
      retryLimit: 20,
      retryDelay: 5,
      retryBackoff: true,
      maintenanceIntervalSeconds: 30,
      // Finished messages are kept a day for looking into; the registry's own table keeps the job's outcome.
      deleteAfterDays: 1,
    });
    this.boss.on('error', (error) => logger.warn({ err: error }, 'group change queue: %s', error.message));
  }

  /**
   * Starts the queue beside the serving subgraph, not before it: a database that is slow or down delays the mass
   * changes, not the subgraph's start. Retried every 5 s until it works; then every job still running gets its
   * next batch queued (`onStarted`), which is also how a job started meanwhile gets its first.
   */
  startInBackground(onStarted: () => Promise<void>): void {
    const attempt = async () => {
      if (this.stopping) return;
      try {
        await this.start();
        await onStarted();
        // Once more a little later: a job whose transaction was still open while the queue started (its first
        // batch not sent, as the queue was not up yet) committed after the first look.
        this.retry = setTimeout(() => void onStarted().catch(() => undefined), 30_000);
      } catch (error) {
        logger.warn({ err: error }, 'group change queue did not start; retrying in 5 s');
        this.retry = setTimeout(() => void attempt(), 5_000);
      }
    };
    void attempt();
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    await this.boss.createQueue(QUEUE, { name: QUEUE, policy: 'short' });
    await this.boss.work<{ jobId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([message]) => {
      await this.options.runBatch(message.data.jobId);
    });
    this.started = true;
  }

  /**
   * Queues the next batch of a job in the caller's transaction: it is sent if and only if that commits. Before
   * the queue has started nothing is sent: the start queues every running job.
   */
  async enqueueIn(manager: EntityManager, jobId: string): Promise<void> {
    if (!this.started) return;
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: (await manager.queryRunner!.query(text, values, true)).records,
      }),
    };
    await this.boss.send(QUEUE, { jobId }, { singletonKey: jobId, db });
  }

  /** Outside a transaction: after a restart, the jobs still running get a message (at most one waits per job). */
  async enqueue(jobId: string): Promise<void> {
    if (!this.started) return;
    await this.boss.send(QUEUE, { jobId }, { singletonKey: jobId });
  }

  /** Lets the batch under way finish (its transaction commits or rolls back), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
