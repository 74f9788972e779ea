import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited, whatever the reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export type LineSink = (service: string, line: string) => void;

export const printLine: LineSink = (service, line) => {
  process.stdout.write(`${`[${service}]`.padEnd(16)} ${line}\n`);
};

/** Starts a Node program as a child process whose output goes, line by line, to `sink`. */
export function startNodeProcess(
  name: string,
  script: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sink: LineSink },
): ManagedProcess {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => options.sink(name, line));
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      options.sink(name, `failed to start: ${error.message}`);
      resolve(-1);
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

/** Polls `url` until it answers 2xx, or fails after `timeoutMs`, or as soon as the process exits. */
export async function waitUntilHealthy(url: string, process: ManagedProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void process.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${process.name} exited before it became ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${process.name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
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
