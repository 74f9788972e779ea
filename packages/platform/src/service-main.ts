import type { Response, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { EnvReader, readMigrationDeadlines, readServiceConfig, runMain, ServiceConfig } from './config';
import { DatabaseOptions, migrate, SqlStatementCounter, withMigrationLock } from './database';
import { Caller } from './identity';
import { InboxPruner } from './inbox-pruner';
import { startSubgraphServer } from './subgraph-server';
import { stopTracing } from './tracing';

/** What a subgraph's requests share: its database, and background workers such as outbox relays. */
export interface SubgraphRuntime {
  dataSource: DataSource;
  start?(): void;
  stop?(): Promise<void>;
}

/**
 * A subgraph's pools: `requests` serves GraphQL and the plain routes; `background` the outbox relay and
 * the inbox, so that a flood of slow requests cannot stop deliveries, nor deliveries take requests'
 * connections.
 */
export interface SubgraphDatabases {
  requests: DataSource;
  background: DataSource;
  /** Counts the statements of every pool, for the N+1 tests; a pool the runtime opens takes it too. */
  counter: SqlStatementCounter;
}

export interface SubgraphModule<
  TContext extends object,
  TConfig extends object = object,
  TRuntime extends SubgraphRuntime = SubgraphRuntime,
> {
  name: string;
  /** The environment variable that sets the port, and the port by convention (4001–4004). */
  portVariable: string;
  defaultPort: number;
  schema: string;
  createDataSource(url: string, options?: DatabaseOptions): DataSource;
  buildSchema(): Promise<{ sdl: string; schema: GraphQLSchema }>;
  /** Reads and validates this subgraph's own settings, beside the shared ones. */
  readConfig?(reader: EnvReader): TConfig;
  /** May open more pools of its own (from `config.databaseUrl`); closes them in `stop`. */
  createRuntime(databases: SubgraphDatabases, config: ServiceConfig & TConfig): TRuntime | Promise<TRuntime>;
  createContext(runtime: TRuntime, caller: Caller, response: Response): TContext;
  routes?(runtime: TRuntime): (router: Router) => void;
  /** Loads this subgraph's part of the demo data; idempotent. */
  seedDemo?(dataSource: DataSource): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a module of any subgraph, whatever its context and settings
export type AnySubgraphModule = SubgraphModule<object, any, any>;

/** The process of one subgraph: read configuration, connect, serve, and stop cleanly on a signal. */
export function serveSubgraph(module: AnySubgraphModule): void {
  runMain(module.name, async () => {
    const reader = new EnvReader();
    const config = {
      ...readServiceConfig(reader, module.portVariable, module.defaultPort),
      ...module.readConfig?.(reader),
    };
    reader.done();

    const counter = new SqlStatementCounter();
    const { database } = config;
    const deadlines = { statementTimeoutMs: database.statementTimeoutMs, lockTimeoutMs: database.lockTimeoutMs };
    const dataSource = await module
      .createDataSource(config.databaseUrl, {
        counter,
        deadlines,
        pool: {
          size: database.poolSize,
          acquireTimeoutMs: database.acquireTimeoutMs,
          idleTimeoutMs: database.idleTimeoutMs,
        },
      })
      .initialize();
    const background = await module
      .createDataSource(config.databaseUrl, {
        counter,
        deadlines,
        pool: {
          size: database.backgroundPoolSize,
          acquireTimeoutMs: database.acquireTimeoutMs,
          idleTimeoutMs: database.idleTimeoutMs,
        },
        purpose: 'background',
      })
      .initialize();
    const runtime = await module.createRuntime({ requests: dataSource, background, counter }, config);
    const { schema } = await module.buildSchema();
    const server = await startSubgraphServer({
      name: module.name,
      schema,
      config,
      counter,
      createContext: (caller, response) => module.createContext(runtime, caller, response),
      routes: module.routes?.(runtime),
      readiness: { database: () => dataSource.query('SELECT 1') },
    });
    runtime.start?.();
    // A subgraph that receives events forgets the ids it applied after INBOX_RETENTION_DAYS.
    const inbox = (await InboxPruner.hasInbox(background, module.schema))
      ? new InboxPruner(background, module.schema, config.inboxRetentionDays)
      : null;
    inbox?.start();
    const stop = async () => {
      await server.close();
      inbox?.stop();
      await runtime.stop?.();
      await background.destroy();
      await dataSource.destroy();
      await stopTracing();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * The migration command of one subgraph: `node dist/migrate.js [--demo]`. With `--demo` it also loads the
 * demo data, which production mode refuses. Migrations have deadlines of their own, longer than requests'.
 */
export function migrateSubgraph(module: AnySubgraphModule, argv: string[] = process.argv.slice(2)): void {
  runMain(`${module.name} migrate`, async () => {
    const reader = new EnvReader();
    const config = readServiceConfig(reader, module.portVariable, module.defaultPort);
    const deadlines = readMigrationDeadlines(reader);
    reader.done();
    const withDemo = argv.includes('--demo');
    if (withDemo && config.production) throw new Error('demo data is never loaded in production mode');

    const dataSource = module.createDataSource(config.databaseUrl, { deadlines, purpose: 'migrate' });
    try {
      await withMigrationLock(dataSource, module.schema, async () => {
        await migrate(dataSource, module.schema);
        if (withDemo) await module.seedDemo?.(dataSource);
      });
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  });
}
