import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { startStack, StackPorts } from '@pfdo/devstack/stack';
import { generateGatewaySecret } from '@pfdo/platform';
import { portsShiftedBy } from '@pfdo/platform/services';
import { launchBrowser, TestBrowser } from './browser';

/**
 * The browser tests' own ports, so that they run beside a developer's `npm start` (each default port + 20000);
 * shifted by `PFDO_TEST_PORT_OFFSET`, so that two checkouts can run their browser tests at once.
 */
export const E2E_PORTS: StackPorts = portsShiftedBy(20_000 + Number(process.env.PFDO_TEST_PORT_OFFSET ?? 0));

export interface RunningApp {
  webUrl: string;
  mailUrl: string;
  /** The stack's PostgreSQL, for a test that arranges many rows at once (set-based SQL). */
  databaseUrl: string;
  /** The secret the stack's gateway signs with, for a test that calls a subgraph's internal route (the test clock). */
  gatewaySecret: string;
  /** The process id of a service, as the stack reported it when the service came up. */
  pidOf(service: string): number;
  /** The process id of a service's current run; undefined while it is down (or restarting, with `restarts`). */
  runningPidOf(service: string): number | undefined;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Extra environment for every service (a shorter timeout, say). */
  env?: Record<string, string>;
  /** Restart a service that exits (as `npm start` does), for a test that restarts one on purpose. */
  restarts?: boolean;
}

/** The whole app as `npm start` runs it (embedded PostgreSQL, maildev, demo data, the built web app). */
export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-e2e-'));
  chmodSync(dataDir, 0o755);
  const lines: string[] = [];
  // A fresh secret per run: no constant secret signs anything.
  const gatewaySecret = generateGatewaySecret();
  try {
    const stack = await startStack({
      ports: E2E_PORTS,
      dataDir: path.join(dataDir, 'postgres'),
      demo: true,
      web: true,
      gatewaySecret,
      // Contracts move over time only when a test runs the sweep (with the test clock, support/navigator-clock.ts),
      // not at a wall-clock minute in the middle of a test that reads a confirmed contract.
      env: { CONTRACT_SWEEP_CRON: 'off', ...options.env },
      restarts: options.restarts ?? false,
      sink: (service, line) => lines.push(`[${service}] ${line}`),
    });
    return {
      webUrl: stack.urls.web!,
      mailUrl: stack.urls.mail!,
      databaseUrl: stack.databaseUrl,
      gatewaySecret,
      pidOf: (service) => {
        const reported = lines
          .map((line) => new RegExp(`^\\[devstack\\] ${service} is up \\(pid (\\d+)\\)`).exec(line))
          .find(Boolean);
        if (!reported) throw new Error(`the stack reported no pid for ${service}:\n${lines.slice(-30).join('\n')}`);
        return Number(reported[1]);
      },
      runningPidOf: (service) => stack.pidOf(service),
      // Unless asked to, the stack restarts nothing (like the jest stack): a service that exited during the file's tests
      // fails it here, named, rather than as a puzzling page.
      stop: async () => {
        const exits = stack.unexpectedExits();
        await stack.stop();
        rmSync(dataDir, { recursive: true, force: true });
        if (exits.length > 0)
          throw new Error(`services exited during the tests:\n${exits.join('\n')}\n${lines.slice(-30).join('\n')}`);
      },
    };
  } catch (error) {
    process.stderr.write(`${lines.join('\n')}\n`);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * One stack and one browser for the tests of a file, which build on one another: started before the
 * first test, stopped after the last. Read `app` and `browser` inside the tests, once they have started.
 */
export function shareAppAndBrowser(options: AppOptions = {}): {
  readonly app: RunningApp;
  readonly browser: TestBrowser;
} {
  const shared = {} as { app: RunningApp; browser: TestBrowser };
  before(async () => {
    shared.app = await startApp(options);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.app?.stop();
  });
  return shared;
}
