import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../postgres';
import { freePort } from '../processes';

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

/** Starts the cluster of `postgresDir` (creating it when new) on a free port, for the length of one job. */
export async function startTemporaryServer(postgresDir: string): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres(postgresDir, await freePort());
}
