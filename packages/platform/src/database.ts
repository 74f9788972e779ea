import { DataSource, Logger, MixedList, EntitySchema } from 'typeorm';
import { deadlineOf } from './busy';
import { CommitDeadlineGuard } from './commit-deadline';
import { connectionFailureOf } from './connection-failures';
import { logThrottle } from './log-throttle';
import { logger } from './logger';
import { requestScope } from './request-scope';

const REMEMBERED_REQUESTS = 1000;

/**
 * Counts the SQL statements a process sends, in all and per request; the N+1 tests read the count of
 * their own request through the subgraph's stats route, whatever else runs at the same time.
 */
export class SqlStatementCounter {
  private statements = 0;
  private readonly byRequest = new Map<string, number>();

  increment(): void {
    this.statements += 1;
    const requestId = requestScope.getStore()?.requestId;
    if (!requestId) return;
    this.byRequest.set(requestId, (this.byRequest.get(requestId) ?? 0) + 1);
    if (this.byRequest.size > REMEMBERED_REQUESTS) {
      this.byRequest.delete(this.byRequest.keys().next().value as string);
    }
  }

  get count(): number {
    return this.statements;
  }

  countOf(requestId: string): number {
    return this.byRequest.get(requestId) ?? 0;
  }
}

/** A statement as one line of the log, cut short. */
const oneLine = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, 200);

class CountingLogger implements Logger {
  constructor(
    private readonly counter: SqlStatementCounter,
    private readonly name: string,
  ) {}

  logQuery(): void {
    this.counter.increment();
  }

  logQueryError(error: string | Error, query: string): void {
    this.counter.increment();
    const deadline = deadlineOf(error);
    if (deadline) {
      logThrottle.log(
        `${this.name}:deadline:${deadline}`,
        `[${this.name}] ${deadline}: ${String(error)} -- ${oneLine(query)}`,
        'warn',
      );
      return;
    }
    // Constraint violations are expected outcomes that services translate; anything else deserves a line.
    if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('23')) return;
    // A database that is down fails every query the same way: one line per kind and interval says it.
    const failure = connectionFailureOf(error);
    if (failure) {
      logThrottle.log(
        `${this.name}:database:${failure.kind}`,
        `[${this.name}] database unavailable: ${failure.description}`,
        'warn',
      );
      return;
    }
    logger.error({ query: oneLine(query) }, `[${this.name}] query failed: ${String(error)}`);
  }

  logQuerySlow(time: number, query: string): void {
    logger.warn({ query: oneLine(query), ms: time }, `[${this.name}] slow query`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    logger.info(`[${this.name}] ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn(`[${this.name}] ${String(message)}`);
  }
}

/** How long a statement may run and wait for locks; 0 (PostgreSQL's default) means no limit. */
export interface StatementDeadlines {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

export interface PoolOptions {
  size: number;
  /** The longest wait for a free connection (pg's connectionTimeoutMillis); 0 waits for ever. */
  acquireTimeoutMs: number;
  /**
   * How long an idle connection stays open (pg's idleTimeoutMillis, 10 s unless said). pg's default closes a
   * connection after 10 idle seconds, so every lull (between two waves of traffic, two phases of the bench)
   * cost a new backend per connection afterwards: its start and its cold catalog caches, on the next request.
   */
  idleTimeoutMs?: number;
}

/** What a subgraph's data source factory takes besides the URL: the pool, the deadlines, the counter. */
export interface DatabaseOptions {
  counter?: SqlStatementCounter;
  pool?: PoolOptions;
  deadlines?: StatementDeadlines;
  /** Names a second pool of the same service in pg_stat_activity (`pfdo-certificates-background`). */
  purpose?: string;
}

export interface DataSourceOptions extends DatabaseOptions {
  /** The PostgreSQL schema this subgraph owns, and the application name it shows in pg_stat_activity. */
  schema: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function | string>;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const name = options.purpose ? `${options.schema}-${options.purpose}` : options.schema;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    applicationName: `pfdo-${name}`,
    entities: options.entities,
    migrations: options.migrations,
    subscribers: [CommitDeadlineGuard],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
    logger: new CountingLogger(options.counter ?? new SqlStatementCounter(), name),
    // pg sends statement_timeout and lock_timeout as start-up parameters of every connection of the pool.
    extra: {
      max: options.pool?.size ?? 10,
      connectionTimeoutMillis: options.pool?.acquireTimeoutMs ?? 0,
      idleTimeoutMillis: options.pool?.idleTimeoutMs ?? 10_000,
      statement_timeout: options.deadlines?.statementTimeoutMs ?? 0,
      lock_timeout: options.deadlines?.lockTimeoutMs ?? 0,
    },
    // An idle connection that a restarting server drops is an error of the pool, once per connection.
    poolErrorHandler: (error: Error) => {
      const failure = connectionFailureOf(error);
      if (failure)
        logThrottle.log(
          `${name}:pool:${failure.kind}`,
          `[${name}] idle database connection lost: ${failure.description}`,
          'warn',
        );
      else logger.warn(`[${name}] Postgres pool raised an error: ${String(error)}`);
    },
  });
}

/**
 * Runs `work` (a subgraph's migrations and seed) holding its schema's migration lock, a session advisory
 * lock: replicas started at once (two containers of one service, each running `migrate.js` before it
 * serves) migrate one after another, and the later ones find nothing left to do. The lock goes with the
 * connection, so a migrator that dies releases it.
 */
export async function withMigrationLock<T>(dataSource: DataSource, schema: string, work: () => Promise<T>): Promise<T> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = `pfdo:migrate:${schema}`;
  try {
    // Waiting for another replica's migrations is no conflict to give up on: lock_timeout is for the
    // migrations' own statements, and is back for them once the lock is held.
    await runner.query(`SET lock_timeout = 0`);
    await runner.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [key]);
    await runner.query(`RESET lock_timeout`);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Applies a subgraph's pending migrations. The schema is created first because TypeORM keeps its
 * migrations table inside it.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await dataSource.runMigrations({ transaction: 'each' });
}
