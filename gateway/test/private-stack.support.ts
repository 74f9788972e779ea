import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { RunningStack, startStack, StackPorts } from '@pfdo/devstack/stack';
import { generateGatewaySecret } from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { PostgresProcess, shiftedPorts, SmtpSwitch, startPostgresProcess } from '@pfdo/testing';
import { freePort } from './security/services.support';

export interface LogLine {
  at: number;
  service: string;
  line: string;
}

export interface PrivateStack {
  gatewayUrl: string;
  mailWebUrl: string;
  ports: StackPorts;
  /** The stack's own PostgreSQL, which the test may stop and start. */
  postgres: PostgresProcess;
  db: Pool;
  /** Every line the services wrote, with when. */
  log: LogLine[];
  /** The process id of a service's current run (`gateway`, `email`, …), undefined while it is down. */
  pidOf(name: string): number | undefined;
  /** The switch between the services and the mail catcher's SMTP port, with `smtpSwitch`. */
  smtp: SmtpSwitch | null;
  /** The secret the stack's gateway signs with, for a test that calls a subgraph's internal route itself. */
  gatewaySecret: string;
  stop(): Promise<void>;
}

export interface PrivateStackOptions {
  /** Restart a service that exits, as `npm start` and an orchestrator do (off: it stays down). */
  restarts?: boolean;
  /** Put a switch the test can turn off (SmtpSwitch) between the services and the mail catcher. */
  smtpSwitch?: boolean;
  /**
   * Fixed ports from here (shifted by PFDO_TEST_PORT_OFFSET) instead of free ones, for a test whose services
   * restart: below 32768, where Linux takes no ephemeral ports, so that no outgoing connection can hold a
   * port while its service is down. Each test file that sets it takes a range of its own (10 ports).
   */
  basePort?: number;
}

/**
 * A whole stack of a test's own, for a test that must not disturb the shared one (restarting its database):
 * an embedded PostgreSQL on a free port with the demo data, the mail catcher, the four subgraphs and the
 * gateway, on free ports, started as `npm start` starts them.
 */
export async function startPrivateStack(
  env: Record<string, string> = {},
  options: PrivateStackOptions = {},
): Promise<PrivateStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-private-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const base = options.basePort;
  const ports = {} as StackPorts;
  if (base === undefined) {
    for (const name of Object.keys(SERVICES) as Array<keyof StackPorts>) ports[name] = await freePort();
  } else {
    Object.assign(
      ports,
      shiftedPorts({
        gateway: base,
        certificates: base + 1,
        organizations: base + 2,
        navigator: base + 3,
        email: base + 4,
        web: base + 5,
        postgres: base + 6,
        smtp: base + 7,
        mailWeb: base + 8,
      }),
    );
  }
  const log: LogLine[] = [];
  const gatewaySecret = generateGatewaySecret();
  let postgres: PostgresProcess | undefined;
  let stack: RunningStack | undefined;
  let db: Pool | undefined;
  const switchPort = options.smtpSwitch
    ? base === undefined
      ? await freePort()
      : shiftedPorts({ port: base + 9 }).port
    : null;
  const smtp = switchPort ? new SmtpSwitch(switchPort, ports.smtp, 0) : null;
  const stop = async () => {
    await db?.end();
    await stack?.stop();
    await smtp?.down();
    await postgres?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    postgres = await startPostgresProcess(path.join(dataDir, 'postgres'), ports.postgres);
    // Without its control port: the test calls up() and down() itself.
    await smtp?.up();
    stack = await startStack({
      ports,
      dataDir: path.join(dataDir, 'postgres'),
      databaseUrl: postgres.url,
      demo: true,
      web: false,
      restarts: options.restarts ?? false,
      ...(switchPort && { serviceSmtpUrl: `smtp://127.0.0.1:${switchPort}` }),
      gatewaySecret,
      env: { SCAN_STORAGE_DIR: path.join(dataDir, 'scans'), ...env },
      sink: (service, line) => log.push({ at: Date.now(), service, line }),
    });
    db = new Pool({ connectionString: postgres.url, max: 2 });
    // The pool's idle connections die with the server when the test restarts it.
    db.on('error', () => {});
    const running = stack;
    return {
      gatewayUrl: running.urls.gateway,
      mailWebUrl: running.urls.mail!,
      ports,
      postgres,
      db,
      log,
      pidOf: (name) => running.pidOf(name),
      smtp,
      gatewaySecret,
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(
      `the private stack did not start: ${String(error)}\n${log.map((entry) => `[${entry.service}] ${entry.line}`).join('\n')}`,
      { cause: error },
    );
  }
}
