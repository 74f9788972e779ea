import type { Response, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { EnvReader, readServiceConfig, runMain } from './config';
import { migrate, SqlStatementCounter } from './database';
import { Caller } from './identity';
import { startSubgraphServer } from './subgraph-server';

export interface SubgraphModule<TContext extends object> {
  name: string;
  /** The environment variable that sets the port, and the port by convention (4001–4004). */
  portVariable: string;
  defaultPort: number;
  schema: string;
  createDataSource(url: string, counter?: SqlStatementCounter): DataSource;
  buildSchema(): Promise<{ sdl: string; schema: GraphQLSchema }>;
  createContext(dataSource: DataSource, caller: Caller, response: Response): TContext;
  routes?(dataSource: DataSource): (router: Router) => void;
  /** Validates this subgraph's own settings at start-up, beside the shared ones. */
  readConfig?(reader: EnvReader): void;
  /** Loads this subgraph's part of the demo data; idempotent. */
  seedDemo?(dataSource: DataSource): Promise<void>;
}

/** The process of one subgraph: read configuration, connect, serve, and stop cleanly on a signal. */
export function serveSubgraph<TContext extends object>(module: SubgraphModule<TContext>): void {
  runMain(module.name, async () => {
    const reader = new EnvReader();
    const config = readServiceConfig(reader, module.portVariable, module.defaultPort);
    module.readConfig?.(reader);
    reader.done();

    const counter = new SqlStatementCounter();
    const dataSource = await module.createDataSource(config.databaseUrl, counter).initialize();
    const { schema } = await module.buildSchema();
    const server = await startSubgraphServer({
      name: module.name,
      schema,
      config,
      counter,
      createContext: (caller, response) => module.createContext(dataSource, caller, response),
      routes: module.routes?.(dataSource),
    });
    const stop = async () => {
      await server.close();
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
export function migrateSubgraph(module: SubgraphModule<object>, argv: string[] = process.argv.slice(2)): void {
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
