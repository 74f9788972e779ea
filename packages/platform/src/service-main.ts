import type { Response, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { EnvReader, readServiceConfig, runMain, ServiceConfig } from './config';
import { migrate, SqlStatementCounter } from './database';
import { Caller } from './identity';
import { startSubgraphServer } from './subgraph-server';

/** What a subgraph's requests share: its database, and background workers such as outbox relays. */
export interface SubgraphRuntime {
  dataSource: DataSource;
  start?(): void;
  stop?(): Promise<void>;
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
  createDataSource(url: string, counter?: SqlStatementCounter): DataSource;
  buildSchema(): Promise<{ sdl: string; schema: GraphQLSchema }>;
  /** Reads and validates this subgraph's own settings, beside the shared ones. */
  readConfig?(reader: EnvReader): TConfig;
  createRuntime(dataSource: DataSource, config: ServiceConfig & TConfig): TRuntime;
  createContext(runtime: TRuntime, caller: Caller, response: Response): TContext;
  routes?(runtime: TRuntime): (router: Router) => void;
  /** Loads this subgraph's part of the demo data; idempotent. */
  seedDemo?(dataSource: DataSource): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphModule = SubgraphModule<object, any, any>;

/** The process of one subgraph: read configuration, connect, serve, and stop cleanly on a signal. */
export function serveSubgraph(module: AnySubgraphModule): void {
  runMain(module.name, async () => {
    const reader = new EnvReader();
    const config = { ...readServiceConfig(reader, module.portVariable, module.defaultPort), ...module.readConfig?.(reader) };
    reader.done();

    const counter = new SqlStatementCounter();
    const dataSource = await module.createDataSource(config.databaseUrl, counter).initialize();
    const runtime = module.createRuntime(dataSource, config);
    const { schema } = await module.buildSchema();
    const server = await startSubgraphServer({
      name: module.name,
      schema,
      config,
      counter,
      createContext: (caller, response) => module.createContext(runtime, caller, response),
      routes: module.routes?.(runtime),
    });
    runtime.start?.();
    const stop = async () => {
      await server.close();
      await runtime.stop?.();
      await dataSource.destroy();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * The migration command of one subgraph: `node dist/migrate.js [--demo]`. With `--demo` it also loads the
 * demo data, which production mode refuses.
 */
export function migrateSubgraph(module: AnySubgraphModule, argv: string[] = process.argv.slice(2)): void {
  runMain(`${module.name} migrate`, async () => {
    const reader = new EnvReader();
    const config = readServiceConfig(reader, module.portVariable, module.defaultPort);
    reader.done();
    const withDemo = argv.includes('--demo');
    if (withDemo && config.production) throw new Error('demo data is never loaded in production mode');

    const dataSource = module.createDataSource(config.databaseUrl);
    try {
      await migrate(dataSource, module.schema);
      if (withDemo) await module.seedDemo?.(dataSource);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  });
}
