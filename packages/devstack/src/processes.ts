import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { ExitStatus, StartFailure, SupervisedService } from './supervisor';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited, whatever the reason. */
  exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

export type LineSink = (service: string, line: string) => void;

export const printLine: LineSink = (service, line) => {
  process.stdout.write(`${`[${service}]`.padEnd(16)} ${line}\n`);
};

/** Children still running: if this process ends without stopping them (a forced stop), they end with it. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts a Node program as a child process whose output goes, line by line, to `sink`. */
export function startNodeProcess(
  name: string,
  script: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sink: LineSink; nodeFlags?: string[] },
): ManagedProcess {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), script, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => options.sink(name, line));
  }
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      options.sink(name, `failed to start: ${error.message}`);
      resolve({ code: null, signal: null, note: `failed to start: ${error.message}` });
    });
  });
  return {
    name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

/**
 * Polls `url` until it answers 2xx. Fails with a StartFailure as soon as the process exits, when it is not
 * healthy within `timeoutMs`, or when `signal` aborts the wait.
 */
export async function waitUntilHealthy(
  url: string,
  managed: ManagedProcess,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const deadline = Date.now() + timeoutMs;
  let exit: ExitStatus | null = null;
  void managed.exited.then((status) => (exit = status));
  while (Date.now() < deadline) {
    options.signal?.throwIfAborted();
    if (exit) throw new StartFailure('before it passed its health check', exit);
    try {
      // Something else on the port may accept and never answer: each probe has a deadline of its own.
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new StartFailure(`not healthy at ${url} within ${timeoutMs / 1000} s`, null);
}

/** A Node program under supervision, up once `health` answers 2xx. */
export function nodeService(
  name: string,
  script: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sink: LineSink; health: string; nodeFlags?: string[] },
): SupervisedService {
  return {
    name,
    async start(signal) {
      const managed = startNodeProcess(name, script, args, options);
      try {
        await waitUntilHealthy(options.health, managed, { signal });
      } catch (error) {
        await managed.stop();
        throw error;
      }
      return {
        pid: managed.child.pid,
        exited: managed.exited,
        stop: managed.stop,
        kill: () => managed.child.kill('SIGKILL'),
      };
    },
  };
}

/** A port nothing listens on right now (the system picks it): for a temporary server or a test's private stack. */
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

/** Fails early and plainly when a port the stack needs is taken, e.g. by a stack already running. */
export async function assertPortsFree(ports: Record<string, number>): Promise<void> {
  const taken: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
    if (!free) taken.push(`${port} (${name})`);
  }
  if (taken.length > 0) {
    throw new Error(`ports already in use: ${taken.join(', ')}. Is the stack already running?`);
  }
}
