import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD, EMBEDDED_USER, EmbeddedPostgres, startEmbeddedPostgres } from '../postgres';

export function embeddedUrl(port: number): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

/** Whether a PostgreSQL cluster has been created in `postgresDir`. */
export function hasCluster(postgresDir: string): boolean {
  return existsSync(path.join(postgresDir, 'PG_VERSION'));
}

/**
 * The port of the server running on `postgresDir` (`npm start`'s), read from its `postmaster.pid`, or null
 * when none runs there.
 */
export function runningServerPort(postgresDir: string): number | null {
  let lines: string[];
  try {
    lines = readFileSync(path.join(postgresDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, owned by another user (the postgres user, when run as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return port;
}

/** A port nothing listens on now: the temporary server of a backup or a restore never meets the stack's. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the cluster of `postgresDir` (creating it when new) on a free port, for the length of one job. */
export async function startTemporaryServer(postgresDir: string): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres(postgresDir, await freePort());
}
