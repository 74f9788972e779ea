import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '@pfdo/devstack/stack';
import { generateGatewaySecret } from '@pfdo/platform';
import { SMTP_SWITCH_CONTROL_PORT, SMTP_SWITCH_PORT, TEST_PORTS } from './ports';
import { SmtpSwitch } from './smtp-switch';

type StackHandle = { stop(): Promise<void>; unexpectedExits(): string[]; dataDir: string };
const globals = globalThis as typeof globalThis & { __pfdoTestStack?: StackHandle };

/** A line worth showing at once: a JSON log line at level error or fatal, or a plain line that says it failed. */
function isFailureLine(service: string, line: string): boolean {
  if (service === 'maildev') return false;
  if (line.startsWith('{')) {
    try {
      return ['error', 'fatal'].includes((JSON.parse(line) as { level?: string }).level ?? '');
    } catch {
      // Not JSON after all: read as a plain line.
    }
  }
  return /error|failed|exited unexpectedly/i.test(line);
}

/**
 * Jest's global setup: one real stack per test run, the gateway and the four subgraphs as separate
 * processes on a fresh embedded PostgreSQL with the demo data, and the mail catcher. Unlike `npm start`, it
 * restarts nothing: a service that exits during the run stays down, its exit is printed at once, and the
 * teardown fails the run naming it, so that a crash is never hidden behind a restart and a retried request.
 */
export async function setup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-test-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const lines: string[] = [];
  const started = Date.now();
  // Every line of the services, for the tests that read the logs (PFDO_TEST_LOG_FILE).
  const logFile = path.join(dataDir, 'services.log');
  const logStream = createWriteStream(logFile);
  // A fresh secret per run, handed to the tests that mint credentials themselves (gatewayCredential()).
  const gatewaySecret = generateGatewaySecret();
  const smtpSwitch = new SmtpSwitch(SMTP_SWITCH_PORT, TEST_PORTS.smtp, SMTP_SWITCH_CONTROL_PORT);
  await smtpSwitch.start();
  try {
    const stack = await startStack({
      ports: TEST_PORTS,
      dataDir: path.join(dataDir, 'postgres'),
      demo: true,
      web: false,
      gatewaySecret,
      serviceSmtpUrl: `smtp://127.0.0.1:${SMTP_SWITCH_PORT}`,
      env: {
        PFDO_EXPOSE_SQL_STATS: 'true',
        // Retries come quickly, so that the outage test waits seconds, not minutes.
        OUTBOX_MAX_BACKOFF_MS: '2000',
        EMAIL_RESEND_INTERVAL_SECONDS: '2',
        SCAN_STORAGE_DIR: path.join(dataDir, 'scans'),
        // The test client sends x-forwarded-for from loopback, so per-IP limits are tested per address.
        TRUST_PROXY: 'loopback',
        // Contracts move over time only when a test runs the sweep (on a stack of its own with a test clock):
        // the tests here read contracts that started a month ago as confirmed.
        CONTRACT_SWEEP_CRON: 'off',
      },
      // Services' output is kept quiet unless something fails.
      sink: (service, line) => {
        lines.push(`[${service}] ${line}`);
        logStream.write(`[${service}] ${line}\n`);
        if (isFailureLine(service, line)) process.stderr.write(`[${service}] ${line}\n`);
      },
    });
    process.env.PFDO_TEST_GATEWAY_URL = stack.urls.gateway;
    process.env.PFDO_TEST_DATABASE_URL = stack.databaseUrl;
    process.env.PFDO_TEST_MAIL_URL = stack.urls.mail ?? '';
    process.env.PFDO_TEST_GATEWAY_SECRET = gatewaySecret;
    process.env.PFDO_TEST_LOG_FILE = logFile;
    globals.__pfdoTestStack = {
      stop: async () => {
        await stack.stop();
        await smtpSwitch.stop();
        logStream.end();
      },
      unexpectedExits: () => stack.unexpectedExits(),
      dataDir,
    };
    process.stderr.write(`\ntest stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    await smtpSwitch.stop();
    logStream.end();
    process.stderr.write(lines.join('\n') + '\n');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export async function teardown(): Promise<void> {
  const stack = globals.__pfdoTestStack;
  if (!stack) return;
  const exits = stack.unexpectedExits();
  await stack.stop();
  rmSync(stack.dataDir, { recursive: true, force: true });
  if (exits.length > 0) throw new Error(`services of the test stack exited during the run: ${exits.join('; ')}`);
}
