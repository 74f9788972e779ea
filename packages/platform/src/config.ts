import { isIP } from 'node:net';
import path from 'node:path';
import { DEFAULT_DATA_DIR, findGatewaySecretFile, gatewaySecretFile } from './gateway-secret';
import type { MetricsAccess } from './health';
import { configureLogger, LOG_LEVELS, LogLevelName, logger } from './logger';
import { SERVICES } from './services';

/**
 * Configuration is read once at start-up from the environment and validated as a whole: a bad value stops
 * the process with a message that names every offending variable. Each variable has a development default
 * that works on a fresh machine with the embedded defaults (`npm start`); production mode requires the
 * secrets to be set explicitly. The gateway secret has no default in the source: outside production it is
 * the one `npm start` keeps in its data folder.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const DEV_DATABASE_URL = `postgres://pfdo:pfdo@127.0.0.1:${SERVICES.postgres.defaultPort}/pfdo`;
export const DEV_SMTP_URL = `smtp://127.0.0.1:${SERVICES.smtp.defaultPort}`;

type Env = Record<string, string | undefined>;

/** Collects problems while reading variables, so that all of them are reported at once. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env = process.env) {}

  get production(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  string(name: string, fallback?: string): string {
    const value = this.env[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required`);
    return '';
  }

  port(name: string, fallback: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      this.problems.push(`${name} must be a TCP port (1-65535), got "${raw}"`);
      return fallback;
    }
    return port;
  }

  positiveInteger(name: string, fallback: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      this.problems.push(`${name} must be a positive whole number, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  url(name: string, protocols: string[], fallback?: string): string {
    const value = this.string(name, fallback);
    if (!value) return value;
    try {
      const url = new URL(value);
      if (!protocols.includes(url.protocol.replace(/:$/, ''))) {
        this.problems.push(`${name} must be a ${protocols.join(' or ')} URL, got "${value}"`);
      }
    } catch {
      this.problems.push(`${name} must be a URL, got "${value}"`);
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
    return fallback;
  }

  /**
   * A value only a library can check (a cron pattern): `parse` throws a message saying what is wrong.
   * Unset, it is null.
   */
  parsed<T>(name: string, parse: (raw: string) => T): T | null {
    const raw = this.env[name]?.trim();
    if (!raw) return null;
    try {
      return parse(raw);
    } catch (error) {
      this.problems.push(`${name} is not valid ("${raw}"): ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  /** The data folder of the embedded defaults (`PFDO_DATA_DIR`, default `.data/`). */
  dataDir(): string {
    return path.resolve(this.env.PFDO_DATA_DIR?.trim() || DEFAULT_DATA_DIR);
  }

  /**
   * GATEWAY_SECRET, at least 32 characters. Outside production, when it is not set, the secret `npm start`
   * keeps in PFDO_DATA_DIR; in production it must be set.
   */
  gatewaySecret(): string {
    const name = 'GATEWAY_SECRET';
    let value = this.env[name]?.trim();
    if (!value && !this.production) {
      const file = gatewaySecretFile(this.dataDir());
      try {
        value = findGatewaySecretFile(this.dataDir()) ?? undefined;
      } catch (error) {
        this.problems.push(`${name} is not set, and ${file} cannot be read: ${(error as Error).message}`);
        return '';
      }
      if (!value) {
        this.problems.push(`${name} is required: set it, or run \`npm start\` once, which keeps one in ${file}`);
        return '';
      }
      if (value.length < 32) this.problems.push(`${name} is not set, and ${file} holds less than 32 characters`);
      return value;
    }
    if (!value) {
      this.problems.push(`${name} is required in production mode`);
      return '';
    }
    if (value.length < 32) this.problems.push(`${name} must be at least 32 characters long`);
    return value;
  }

  /** The address every server listens on: loopback only, unless BIND_HOST says otherwise. */
  bindHost(): string {
    const value = this.string('BIND_HOST', '127.0.0.1');
    if (!isIP(value) && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(value)) {
      this.problems.push(`BIND_HOST must be an IP address or a host name, got "${value}"`);
    }
    return value;
  }

  /**
   * METRICS_TOKEN: when set, GET /metrics demands it (`Authorization: Bearer <token>`, at least 16 characters).
   * Unset, /metrics is open on a service of the internal network, and not served at all by a service reachable
   * from outside (`publicFacing`: the gateway, which partners call) in production.
   */
  metricsAccess(publicFacing: boolean): MetricsAccess {
    const token = this.env.METRICS_TOKEN?.trim();
    if (token) {
      if (token.length < 16 || /\s/.test(token))
        this.problems.push('METRICS_TOKEN must be at least 16 characters without spaces');
      return { token };
    }
    return publicFacing && this.production ? 'off' : 'open';
  }

  /** Throws a ConfigError naming every bad variable seen so far. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}

/**
 * How long a service waits on its database before it answers SERVICE_BUSY instead of hanging: each statement,
 * each lock, and a free connection of its pools. Each service reads its own (README, «Real servers»).
 */
export interface DatabaseConfig {
  /** Connections that serve requests. */
  poolSize: number;
  /** Connections of the outbox relay and the inbox, so that requests and deliveries cannot starve each other. */
  backgroundPoolSize: number;
  /** The longest wait for a free connection of a pool. */
  acquireTimeoutMs: number;
  /** How long a pool keeps an idle connection open before it closes it. */
  idleTimeoutMs: number;
  /** PostgreSQL's statement_timeout: the longest any one statement runs, lock waits included. */
  statementTimeoutMs: number;
  /** PostgreSQL's lock_timeout: the longest a statement waits for a lock on a row or table. */
  lockTimeoutMs: number;
}

export function readDatabaseConfig(reader: EnvReader): DatabaseConfig {
  return {
    poolSize: reader.positiveInteger('DB_POOL_SIZE', 10),
    backgroundPoolSize: reader.positiveInteger('DB_BACKGROUND_POOL_SIZE', 2),
    acquireTimeoutMs: reader.positiveInteger('DB_POOL_ACQUIRE_TIMEOUT_MS', 3_000),
    idleTimeoutMs: reader.positiveInteger('DB_POOL_IDLE_TIMEOUT_MS', 600_000),
    statementTimeoutMs: reader.positiveInteger('DB_STATEMENT_TIMEOUT_MS', 5_000),
    lockTimeoutMs: reader.positiveInteger('DB_LOCK_TIMEOUT_MS', 2_000),
  };
}

/** Migrations legitimately run longer than any request, but a stuck one must still end. */
export interface MigrationDeadlines {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

export function readMigrationDeadlines(reader: EnvReader): MigrationDeadlines {
  return {
    statementTimeoutMs: reader.positiveInteger('MIGRATION_STATEMENT_TIMEOUT_MS', 600_000),
    lockTimeoutMs: reader.positiveInteger('MIGRATION_LOCK_TIMEOUT_MS', 10_000),
  };
}

export interface ServiceConfig {
  port: number;
  /** The address the server listens on (BIND_HOST, 127.0.0.1 by default). */
  bindHost: string;
  databaseUrl: string;
  database: DatabaseConfig;
  gatewaySecret: string;
  /** Test-only: the subgraph counts its SQL statements and exposes the count to credentialed callers. */
  exposeSqlStats: boolean;
  /** The longest wait between two attempts to deliver an outbox event (e-mail, events to other subgraphs). */
  outboxMaxBackoffMs: number;
  /** How many independent outbox events (e-mails) a relay delivers at once (OUTBOX_LANES, 8). */
  outboxLanes: number;
  /** How long a delivered outbox event is kept (for looking into what was sent) before it is deleted. */
  outboxRetentionDays: number;
  /**
   * How long a receiver keeps the id of an event it applied (its inbox) before pruning it: a redelivery of
   * the same event within this window is ignored.
   */
  inboxRetentionDays: number;
  /** Who may read GET /metrics (METRICS_TOKEN). */
  metrics: MetricsAccess;
  production: boolean;
}

/** The settings every subgraph shares; a subgraph reads its own extras with the same reader. */
export function readServiceConfig(reader: EnvReader, portVariable: string, defaultPort: number): ServiceConfig {
  return {
    port: reader.port(portVariable, defaultPort),
    bindHost: reader.bindHost(),
    databaseUrl: reader.url(
      'DATABASE_URL',
      ['postgres', 'postgresql'],
      reader.production ? undefined : DEV_DATABASE_URL,
    ),
    database: readDatabaseConfig(reader),
    gatewaySecret: reader.gatewaySecret(),
    exposeSqlStats: reader.boolean('PFDO_EXPOSE_SQL_STATS', false),
    outboxMaxBackoffMs: reader.positiveInteger('OUTBOX_MAX_BACKOFF_MS', 300_000),
    outboxLanes: reader.positiveInteger('OUTBOX_LANES', 8),
    outboxRetentionDays: reader.positiveInteger('OUTBOX_RETENTION_DAYS', 7),
    inboxRetentionDays: reader.positiveInteger('INBOX_RETENTION_DAYS', 30),
    metrics: reader.metricsAccess(false),
    production: reader.production,
  };
}

/** LOG_LEVEL: how much the service writes (logger.ts); `info` by default. */
export function readLogLevel(reader: EnvReader): LogLevelName {
  return reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'info');
}

/**
 * Runs a start-up function of the service `name`, which names it on its log lines; configuration problems
 * are written plainly (one line naming every bad variable) instead of as a stack trace.
 */
export function runMain(name: string, main: () => Promise<unknown>): void {
  const reader = new EnvReader();
  configureLogger(name, readLogLevel(reader));
  Promise.resolve()
    .then(() => reader.done())
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof ConfigError) {
        logger.fatal({ problems: error.problems }, error.message);
      } else {
        logger.fatal({ err: error }, 'failed to start');
      }
      process.exit(1);
    });
}
