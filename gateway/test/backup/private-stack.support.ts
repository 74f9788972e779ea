import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'pg';

export interface CaughtMail {
  to: Array<{ address: string }>;
  subject: string;
  text: string;
}

interface Started<T> {
  ready: T;
  output: () => string;
  stop(): Promise<void>;
}

/** Runs private-stack.process.js and waits for its READY line. */
function startProcess<T>(mode: 'stack' | 'postgres', dataDir: string): Promise<Started<T>> {
  const child = spawn(process.execPath, [path.join(__dirname, 'private-stack.process.js'), mode, dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) {
        output += `${line}\n`;
        return;
      }
      resolve({
        ready: JSON.parse(line.slice('READY '.length)) as T,
        output: () => output,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`the private ${mode} did not start:\n${output}`)));
  });
}

export interface PrivateStack {
  dataDir: string;
  gatewayUrl: string;
  databaseUrl: string;
  db: Pool;
  mail(): Promise<CaughtMail[]>;
  /** Cuts the stack's services off from its mail catcher (connection refused), or reconnects them. */
  smtp(state: 'up' | 'down'): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A stack of a test's own, as `npm start` runs it (the embedded PostgreSQL, scans and the kept gateway
 * secret all in `dataDir`, the demo data), without the web app, on free ports: a test may wipe and restore
 * its data without disturbing the shared test stack the other test files use.
 */
export async function startPrivateStack(dataDir: string): Promise<PrivateStack> {
  const started = await startProcess<{
    gatewayUrl: string;
    databaseUrl: string;
    mailUrl: string;
    smtpControlUrl: string;
  }>('stack', dataDir);
  const { ready } = started;
  const db = new Pool({ connectionString: ready.databaseUrl, max: 4 });
  return {
    dataDir,
    gatewayUrl: ready.gatewayUrl,
    databaseUrl: ready.databaseUrl,
    db,
    mail: async () => (await (await fetch(`${ready.mailUrl}/api/email`)).json()) as CaughtMail[],
    smtp: async (state) => {
      const response = await fetch(`${ready.smtpControlUrl}/${state}`, { method: 'POST' });
      if (!response.ok) throw new Error(`SMTP switch answered HTTP ${response.status}`);
    },
    stop: async () => {
      await db.end();
      await started.stop();
    },
  };
}

/** Only the embedded PostgreSQL of a data folder, for a look at its data. */
export async function withDatabase<T>(dataDir: string, look: (databaseUrl: string) => Promise<T>): Promise<T> {
  const started = await startProcess<{ databaseUrl: string }>('postgres', dataDir);
  try {
    return await look(started.ready.databaseUrl);
  } finally {
    await started.stop();
  }
}
