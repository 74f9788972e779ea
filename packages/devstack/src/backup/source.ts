import path from 'node:path';
import { embeddedPostgresUrl } from '../postgres';
import { hasCluster, runningServerPort, startTemporaryServer } from './embedded';
import { BackupRefused } from './take-backup';

export interface BackupSource {
  databaseUrl: string;
  /** For the manifest and the messages: no password. */
  source: string;
  close(): Promise<void>;
}

/** Host, port and database of a URL, without its user and password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
}

/**
 * The database to back up: DATABASE_URL when set; otherwise the embedded cluster of the data folder,
 * through the server `npm start` runs on it, or, when the stack is stopped, a server of its own for the
 * length of the backup.
 */
export async function openBackupSource(dataDir: string, databaseUrl: string | null): Promise<BackupSource> {
  if (databaseUrl)
    return { databaseUrl, source: `DATABASE_URL ${describeUrl(databaseUrl)}`, close: async () => undefined };
  const postgresDir = path.join(dataDir, 'postgres');
  const port = runningServerPort(postgresDir);
  if (port !== null) {
    return {
      databaseUrl: embeddedPostgresUrl(port),
      source: `встроенная PostgreSQL в ${postgresDir}`,
      close: async () => undefined,
    };
  }
  if (!hasCluster(postgresDir)) {
    throw new BackupRefused(
      `в ${postgresDir} нет базы данных: копировать нечего (она появляется при первом npm start)`,
    );
  }
  const server = await startTemporaryServer(postgresDir);
  return { databaseUrl: server.url, source: `встроенная PostgreSQL в ${postgresDir}`, close: () => server.stop() };
}
