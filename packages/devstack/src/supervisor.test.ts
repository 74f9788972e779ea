import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { RestartPolicy } from './restart-policy';
import { ExitStatus, ServiceRun, StartFailure, SupervisedService, Supervisor } from './supervisor';

/** The devstack's policy scaled down to milliseconds, and a limit of three crashes, so that a loop is quick. */
const POLICY: RestartPolicy = {
  initialDelayMs: 50,
  maxDelayMs: 400,
  healthyResetMs: 60_000,
  crashLimit: 3,
  crashWindowMs: 60_000,
};

/**
 * A real process per start: `node -e` that prints «ready» and stays up, or (when `failsAtStart` says so)
 * exits with 3 before it is ready.
 */
function nodeProgram(name: string, failsAtStart: (start: number) => boolean = () => false) {
  const starts: number[] = [];
  const service: SupervisedService = {
    name,
    start(signal) {
      const fails = failsAtStart(starts.length + 1);
      const child = spawn(
        process.execPath,
        ['-e', fails ? 'process.exit(3)' : 'console.log("ready"); setInterval(() => {}, 1000)'],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      starts.push(child.pid!);
      const exited = new Promise<ExitStatus>((resolve) =>
        child.once('exit', (code, exitSignal) => resolve({ code, signal: exitSignal })),
      );
      const run: ServiceRun = {
        pid: child.pid,
        exited,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
        kill: () => child.kill('SIGKILL'),
      };
      return new Promise<ServiceRun>((resolve, reject) => {
        signal.addEventListener('abort', () => child.kill('SIGKILL'), { once: true });
        createInterface({ input: child.stdout! }).once('line', () => resolve(run));
        void exited.then((status) => reject(new StartFailure('before it was ready', status)));
      });
    },
  };
  return { service, starts };
}

function supervisorOf(service: SupervisedService, options: { restarts?: boolean; dependsOn?: Supervisor[] } = {}) {
  const lines: string[] = [];
  const supervisor = new Supervisor(service, {
    restarts: options.restarts ?? true,
    policy: POLICY,
    log: (line) => lines.push(line),
    dependsOn: options.dependsOn,
  });
  return { supervisor, lines };
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const running: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((supervisor) => supervisor.stop()));
});

function track<T extends { supervisor: Supervisor }>(value: T): T {
  running.push(value.supervisor);
  return value;
}

describe('the supervisor', () => {
  it('restarts a killed service, says how it exited and when it is back, and counts it up again', async () => {
    const { service, starts } = nodeProgram('navigator');
    const { supervisor, lines } = track(supervisorOf(service));
    await supervisor.start();
    const first = supervisor.pid!;

    process.kill(first, 'SIGKILL');
    await until(() => lines.some((line) => line.includes('is up again')), 'the restart');

    expect(lines).toEqual([
      'navigator exited unexpectedly (signal SIGKILL); restarting in 0.05 s (attempt 1)',
      `navigator is up again (pid ${starts[1]}, attempt 1)`,
    ]);
    expect(supervisor.pid).toBe(starts[1]);
    expect(supervisor.pid).not.toBe(first);
    expect(supervisor.unexpectedExit).toBeNull();
  });

  it('gives up on a service that keeps crashing, with the delays growing, and starts it no more', async () => {
    const { service, starts } = nodeProgram('email', (start) => start > 1);
    const { supervisor, lines } = track(supervisorOf(service));
    await supervisor.start();

    process.kill(supervisor.pid!, 'SIGKILL');
    await expect(supervisor.down).resolves.toBe('exit code 3, before it was ready');

    expect(lines).toEqual([
      'email exited unexpectedly (signal SIGKILL); restarting in 0.05 s (attempt 1)',
      'email exited unexpectedly (exit code 3, before it was ready); restarting in 0.1 s (attempt 2)',
      'email exited unexpectedly (exit code 3, before it was ready) and has crashed 3 times within 60 s: giving up on it, ' +
        'the other services keep running (restart the devstack to try it again)',
    ]);
    expect(supervisor.unexpectedExit).toBe('email: exit code 3, before it was ready');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(starts).toHaveLength(3);
  });

  it('with restarts off, leaves a crashed service down and reports it', async () => {
    const { service, starts } = nodeProgram('gateway');
    const { supervisor, lines } = track(supervisorOf(service, { restarts: false }));
    await supervisor.start();

    process.kill(supervisor.pid!, 'SIGKILL');
    await expect(supervisor.down).resolves.toBe('signal SIGKILL');

    expect(lines).toEqual(['gateway exited unexpectedly (signal SIGKILL); restarts are off here, so it stays down']);
    expect(supervisor.unexpectedExit).toBe('gateway: signal SIGKILL');
    expect(starts).toHaveLength(1);
  });

  it('does not count a stop as a crash, and restarts nothing once stopping', async () => {
    const { service, starts } = nodeProgram('web');
    const { supervisor, lines } = track(supervisorOf(service));
    await supervisor.start();

    await supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(lines).toEqual([]);
    expect(starts).toHaveLength(1);
  });

  it('cancels a pending restart when stopped during its delay', async () => {
    const { service, starts } = nodeProgram('certificates');
    const slow = new Supervisor(service, {
      restarts: true,
      policy: { ...POLICY, initialDelayMs: 5_000 },
      log: () => undefined,
    });
    running.push(slow);
    await slow.start();

    process.kill(slow.pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stoppedAt = Date.now();
    await slow.stop();

    expect(Date.now() - stoppedAt).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(starts).toHaveLength(1);
  });

  it('holds a restart until the services it depends on are up again', async () => {
    const database = nodeProgram('postgres');
    const databaseSupervisor = new Supervisor(database.service, {
      restarts: true,
      policy: { ...POLICY, initialDelayMs: 1_500 },
      log: () => undefined,
    });
    running.push(databaseSupervisor);
    await databaseSupervisor.start();
    const { service, starts } = nodeProgram('organizations');
    const { supervisor, lines } = track(supervisorOf(service, { dependsOn: [databaseSupervisor] }));
    await supervisor.start();

    process.kill(databaseSupervisor.pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.kill(supervisor.pid!, 'SIGKILL');
    await until(() => lines.some((line) => line.includes('waits for postgres')), 'the wait');
    expect(starts).toHaveLength(1);

    await until(() => starts.length === 2, 'the restart once postgres is back');
    expect(database.starts).toHaveLength(2);
    await until(() => lines.some((line) => line.includes('is up again')), 'the restart');
  });
});
