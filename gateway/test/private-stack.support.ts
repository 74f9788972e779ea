import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { RunningStack, startStack, StackPorts } from '@pfdo/devstack/stack';
import { generateGatewaySecret } from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { PostgresProcess, startPostgresProcess } from '@pfdo/testing';
import { freePort } from './security/services.support';

export interface LogLine {
  at: number;
  service: string;
  line: string;
}

export interface PrivateStack {
  gatewayUrl: string;
  mailWebUrl: string;
  /** The stack's own PostgreSQL, which the test may stop and start. */
  postgres: PostgresProcess;
  db: Pool;
  /** Every line the services wrote, with when. */
  log: LogLine[];
  stop(): Promise<void>;
}

/**
 * A whole stack of a test's own, for a test that must not disturb the shared one (restarting its database):
 * an embedded PostgreSQL on a free port with the demo data, the mail catcher, the four subgraphs and the
 * gateway, on free ports, started as `npm start` starts them.
 */
export async function startPrivateStack(env: Record<string, string> = {}): Promise<PrivateStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-private-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const ports = {} as StackPorts;
  for (const name of Object.keys(SERVICES) as Array<keyof StackPorts>) ports[name] = await freePort();
  const log: LogLine[] = [];
  let postgres: PostgresProcess | undefined;
  let stack: RunningStack | undefined;
  let db: Pool | undefined;
  const stop = async () => {
    await db?.end();
    await stack?.stop();
    await postgres?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    postgres = await startPostgresProcess(path.join(dataDir, 'postgres'), ports.postgres);
    stack = await startStack({
      ports,
      dataDir: path.join(dataDir, 'postgres'),
      databaseUrl: postgres.url,
      demo: true,
      web: false,
      gatewaySecret: generateGatewaySecret(),
      env: { SCAN_STORAGE_DIR: path.join(dataDir, 'scans'), ...env },
      sink: (service, line) => log.push({ at: Date.now(), service, line }),
    });
    db = new Pool({ connectionString: postgres.url, max: 2 });
    // The pool's idle connections die with the server when the test restarts it.
    db.on('error', () => {});
    return { gatewayUrl: stack.urls.gateway, mailWebUrl: stack.urls.mail!, postgres, db, log, stop };
  } catch (error) {
    await stop();
    throw new Error(
      `the private stack did not start: ${String(error)}\n${log.map((entry) => `[${entry.service}] ${entry.line}`).join('\n')}`,
      { cause: error },
    );
  }
}
