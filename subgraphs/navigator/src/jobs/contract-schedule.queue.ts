import PgBoss from 'pg-boss';
import { ConfigError, EnvReader, logger } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** pg-boss's own schema in the navigator's database (the certificates subgraph keeps `pgboss`). */
export const QUEUE_SCHEMA = 'navigator_jobs';
export const SWEEP_QUEUE = 'navigator-contract-sweep';
/**
 * Every ten minutes, the region's time: a contract starts or ends on the first sweep of its day, and a
 * prolongation is accepted within ten minutes of its seventh day. pg-boss sends a cron's job once per minute
 * whatever the number of navigator processes (its schedule is kept in the database).
 */
export const SWEEP_CRON = '*/10 * * * *';
/** Sweeps one process runs at once: two processes, or a scheduled and a test's sweep, share the rows. */
const WORKERS = 2;

export interface ScheduleConfig {
  /** When the sweep is queued by itself (CONTRACT_SWEEP_CRON); null: only when asked (the test clock's route). */
  sweepCron: string | null;
}

/**
 * CONTRACT_SWEEP_CRON: the sweep's schedule, a five-field cron in the region's time (default every ten minutes),
 * or `off`: the test stacks', whose tests confirm contracts that started a month ago and read them as confirmed —
 * a sweep on the wall clock in between would make them active, and a test that wants time to pass moves its
 * own stack's test clock and runs the sweep itself.
 */
export function readScheduleConfig(reader: EnvReader): ScheduleConfig {
  const raw = reader.string('CONTRACT_SWEEP_CRON', SWEEP_CRON).trim();
  if (raw === 'off') return { sweepCron: null };
  if (raw.split(/\s+/).length !== 5)
    throw new ConfigError([`CONTRACT_SWEEP_CRON must be a five-field cron or "off", got "${raw}"`]);
  return { sweepCron: raw };
}

export interface ContractScheduleOptions {
  databaseUrl: string;
  /** The cron that queues a sweep; null: none (a schedule kept from an earlier start is removed). */
  cron: string | null;
  sweep(): Promise<unknown>;
}

/**
 * The schedule of contracts over time (issue 12 part D1), on pg-boss 10: a cron that queues a sweep
 * (src/jobs/contract-sweep.ts), and the workers that run it. A sweep is idempotent and locks the rows it moves
 * (SKIP LOCKED), so a sweep run twice, or two at once, moves each contract once.
 */
export class ContractScheduleQueue {
  private readonly boss: PgBoss;
  private started = false;
  private stopping = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly options: ContractScheduleOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: QUEUE_SCHEMA,
      application_name: 'pfdo-navigator-schedule',
      // Its own connections, never the requests' pool.
      max: 2,
      // A sweep takes seconds; one stuck past five minutes (its process killed) is retried, its transaction was
      // rolled back.
      expireInSeconds: 300,
      retryLimit: 3,
      retryDelay: 30,
      maintenanceIntervalSeconds: 60,
      deleteAfterDays: 1,
    });
    this.boss.on('error', (error) => logger.warn({ err: error }, 'contract schedule: %s', error.message));
  }

  /** Starts beside the serving subgraph; a database that is slow or down delays the schedule, not the start. */
  startInBackground(): void {
    const attempt = async () => {
      if (this.stopping) return;
      try {
        await this.start();
      } catch (error) {
        logger.warn({ err: error }, 'contract schedule did not start; retrying in 5 s');
        this.retry = setTimeout(() => void attempt(), 5_000);
      }
    };
    void attempt();
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    await this.boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: 'standard' });
    if (this.options.cron) await this.boss.schedule(SWEEP_QUEUE, this.options.cron, {}, { tz: REGION_TIME_ZONE });
    else await this.boss.unschedule(SWEEP_QUEUE);
    for (let worker = 0; worker < WORKERS; worker += 1) {
      await this.boss.work(SWEEP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async () => {
        await this.options.sweep();
      });
    }
    this.started = true;
  }

  /**
   * Tests: queues a sweep as the cron does and waits until a worker has run it (its state `completed`), or
   * fails with the job's state. The test clock's route calls it, so that a test exercises the real job.
   */
  async runNow(timeoutMs = 30_000): Promise<void> {
    if (!this.started) throw new Error('the contract schedule has not started yet');
    const id = await this.boss.send(SWEEP_QUEUE, {});
    if (!id) throw new Error('the sweep was not queued');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.boss.getJobById(SWEEP_QUEUE, id, { includeArchive: true });
      if (job?.state === 'completed') return;
      if (job && ['failed', 'cancelled'].includes(job.state))
        throw new Error(`the sweep ${job.state}: ${JSON.stringify(job.output)}`);
      if (Date.now() > deadline) throw new Error(`the sweep did not finish in ${timeoutMs} ms (${job?.state})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Lets a sweep under way finish (its transaction commits or rolls back), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
