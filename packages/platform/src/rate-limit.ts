import { RateLimiterAbstract, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Counters of rate-limiter-flexible kept in PostgreSQL, so that a limit holds across a restart and across
 * several processes of one service. The table is created by the owning subgraph's migration (the library's
 * own auto-create is switched off with `tableCreated: true`), in that subgraph's schema.
 */
export function rateLimitTableSql(schema: string, table: string): string[] {
  return [
    // The layout the library reads and writes: its key (`<keyPrefix>:<key>`), points used, expiry (epoch ms).
    `CREATE TABLE "${schema}"."${table}" (
      key text PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    )`,
    // The library deletes rows expired over an hour ago every five minutes.
    `CREATE INDEX "${table}_expire" ON "${schema}"."${table}" (expire)`,
  ];
}

export interface PostgresLimiterOptions {
  schema: string;
  table: string;
  /** Distinguishes several limiters sharing one table. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** Once `points` are used up, the key is refused for this long (0: until the window ends). */
  blockSeconds?: number;
  /** Counts in its stead while the store fails (the library's `insuranceLimiter`), e.g. one in memory. */
  insurance?: RateLimiterAbstract;
}

/** A limiter on the pg pool behind a subgraph's TypeORM DataSource. */
export function postgresLimiter(dataSource: DataSource, options: PostgresLimiterOptions): RateLimiterPostgres {
  return poolLimiter((dataSource.driver as unknown as { master: unknown }).master, options);
}

/** A limiter on a `pg` Pool of its own (the gateway's partner limits). */
export function poolLimiter(pool: unknown, options: PostgresLimiterOptions): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    schemaName: options.schema,
    tableName: options.table,
    tableCreated: true,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
    blockDuration: options.blockSeconds ?? 0,
    ...(options.insurance && { insuranceLimiter: options.insurance }),
  });
}

/** The library rejects a consume over the limit with a RateLimiterRes, and a store failure with an Error. */
export function isLimitReached(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}

/** Whole seconds until a refused key may try again, at least 1. */
export function secondsUntilRetry(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** «через 15 мин.», or seconds under a minute: the tail of a Russian "try again" message. */
export function retryAfterText(seconds: number): string {
  return seconds < 60 ? `${seconds} с.` : `${Math.ceil(seconds / 60)} мин.`;
}
