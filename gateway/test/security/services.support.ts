import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT_DIR = path.resolve(__dirname, '../../..');

export interface Exited {
  code: number | null;
  output: string;
}

export { freePort } from '@pfdo/devstack/processes';

/**
 * Starts one built service (`gateway/dist/main.js`, `subgraphs/<name>/dist/main.js`, …) with exactly the
 * given environment, nothing inherited but PATH.
 */
export function startService(script: string, env: Record<string, string>, args: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT_DIR, script), ...args], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exited>((resolve) => child.once('exit', (code) => resolve({ code, output })));
  return {
    exited,
    pid: child.pid!,
    output: () => output,
    async stop(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until a started service answers its /health, or fails with what it printed. */
export async function untilHealthy(
  port: number,
  service: ReturnType<typeof startService>,
  attempts = 300,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (
      await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await service.stop();
  throw new Error(`the service did not start:\n${service.output()}`);
}

/** Runs a service that is expected to refuse to start; fails the test if it is still running after 20 s. */
export async function refusal(script: string, env: Record<string, string>, args: string[] = []): Promise<Exited> {
  const service = startService(script, env, args);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Exited>((resolve) => {
    timer = setTimeout(
      () => resolve({ code: Number.NaN, output: `still running after 20 s:\n${service.output()}` }),
      20_000,
    );
  });
  const result = await Promise.race([service.exited, timeout]);
  clearTimeout(timer);
  await service.stop();
  return result;
}
