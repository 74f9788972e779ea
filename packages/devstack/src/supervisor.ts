import { setTimeout as sleep } from 'node:timers/promises';
import { CrashHistory, decideAfterCrash, DEVSTACK_RESTART_POLICY, NO_CRASHES, RestartPolicy } from './restart-policy';

/** How a process ended; `note` says more when neither is known (a postmaster that is simply gone). */
export interface ExitStatus {
  code: number | null;
  signal: string | null;
  note?: string;
}

export function describeExit(status: ExitStatus): string {
  const parts = [
    status.signal ? `signal ${status.signal}` : status.code !== null ? `exit code ${status.code}` : null,
    status.note,
  ];
  return parts.filter(Boolean).join(', ') || 'unknown exit status';
}

/** One run of a service, from the moment it passed its health check. */
export interface ServiceRun {
  pid: number | undefined;
  /** Resolves when the service has exited, whatever the reason. */
  exited: Promise<ExitStatus>;
  /** Stops it gracefully (escalating if it does not stop in time) and resolves once it has exited. */
  stop(): Promise<void>;
  /** Ends it at once, for a forced stop (a second Ctrl-C). */
  kill(): void;
}

export interface SupervisedService {
  name: string;
  /**
   * Starts the service and resolves once it passes its health check. When it cannot (it exits first, or is
   * not healthy in time), it leaves nothing running and rejects, with a `StartFailure` when it knows how
   * the process ended. `signal` aborts a start the stack no longer wants (it is stopping).
   */
  start(signal: AbortSignal): Promise<ServiceRun>;
}

export class StartFailure extends Error {
  constructor(
    message: string,
    readonly status: ExitStatus | null,
  ) {
    super(message);
  }
}

export interface SupervisorOptions {
  /** Restart the service when it exits on its own; otherwise it stays down and `unexpectedExit` says why. */
  restarts: boolean;
  policy?: RestartPolicy;
  log(line: string): void;
  /**
   * A restart waits until these are up: a subgraph that crashes while PostgreSQL is down is restarted once
   * PostgreSQL is back, rather than crash-looping against it until it is given up on.
   */
  dependsOn?: Supervisor[];
}

type State = 'idle' | 'up' | 'restarting' | 'down' | 'stopped';

/**
 * Keeps one service running: after its first start, every exit it was not asked for is either restarted
 * under the restart policy (after its delay, once its dependencies are up, counted as up again only once it
 * passes its health check) or reported and left down. Once `stop()` or `freeze()` is called, nothing is
 * restarted any more.
 */
export class Supervisor {
  readonly name: string;
  private readonly policy: RestartPolicy;
  private state: State = 'idle';
  private run: ServiceRun | null = null;
  private firstStart: Promise<ServiceRun> | null = null;
  private watching: Promise<void> = Promise.resolve();
  private history: CrashHistory = NO_CRASHES;
  private readonly stopping = new AbortController();
  private upListeners: Array<() => void> = [];
  private downReason: string | null = null;
  private markDown: (reason: string) => void = () => undefined;
  /** Resolves, with how it last exited, once the service is down for good (restarts off, or given up on). */
  readonly down = new Promise<string>((resolve) => (this.markDown = resolve));

  constructor(
    private readonly service: SupervisedService,
    private readonly options: SupervisorOptions,
  ) {
    this.name = service.name;
    this.policy = options.policy ?? DEVSTACK_RESTART_POLICY;
  }

  /** The first start: a service that cannot start makes the stack's start fail, as a setting error should. */
  async start(): Promise<void> {
    this.firstStart = this.service.start(this.stopping.signal);
    const run = await this.firstStart;
    if (this.stopping.signal.aborted) {
      await run.stop();
      throw new Error(`${this.name} was started while the stack was stopping`);
    }
    this.markUp(run);
    this.watching = this.watch(run);
  }

  get pid(): number | undefined {
    return this.run?.pid;
  }

  /** Why the service is down for good (restarts off, or given up on); null while it is up or restarting. */
  get unexpectedExit(): string | null {
    return this.downReason;
  }

  /** Resolves once the service is up (at once if it is). */
  whenUp(signal: AbortSignal): Promise<void> {
    if (this.state === 'up') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.upListeners.push(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  /** No restart from now on, pending or future; a start in progress is abandoned. */
  freeze(): void {
    this.stopping.abort(new Error(`${this.name} is stopping`));
  }

  /** Stops the service and any restart of it; resolves once it has exited. */
  async stop(): Promise<void> {
    this.freeze();
    await this.firstStart?.catch(() => undefined);
    const run = this.run;
    this.run = null;
    await run?.stop();
    await this.watching;
    this.state = 'stopped';
  }

  /** Forced stop: ends the current run at once. */
  kill(): void {
    this.freeze();
    this.run?.kill();
  }

  private markUp(run: ServiceRun): void {
    this.run = run;
    this.state = 'up';
    const listeners = this.upListeners;
    this.upListeners = [];
    for (const listener of listeners) listener();
  }

  private async watch(firstRun: ServiceRun): Promise<void> {
    let upSince: number | null = Date.now();
    let exit = describeExit(await firstRun.exited);
    while (!this.stopping.signal.aborted) {
      const crashedAt = Date.now();
      this.run = null;
      this.state = 'restarting';
      if (!this.options.restarts) {
        this.goDown(`${this.name} exited unexpectedly (${exit}); restarts are off here, so it stays down`, exit);
        return;
      }
      const decision = decideAfterCrash(
        this.policy,
        this.history,
        crashedAt,
        upSince === null ? 0 : crashedAt - upSince,
      );
      this.history = decision.history;
      if (decision.action === 'give-up') {
        this.goDown(
          `${this.name} exited unexpectedly (${exit}) and has crashed ${decision.crashes} times within ` +
            `${formatSeconds(this.policy.crashWindowMs)}: giving up on it, the other services keep running ` +
            '(restart the devstack to try it again)',
          exit,
        );
        return;
      }
      this.options.log(
        `${this.name} exited unexpectedly (${exit}); restarting in ${formatSeconds(decision.delayMs)} (attempt ${decision.attempt})`,
      );
      const outcome = await this.restart(decision.delayMs);
      if (outcome === 'stopping') return;
      if (typeof outcome === 'string') {
        // It failed before passing its health check: a crash with no time up.
        exit = outcome;
        upSince = null;
        continue;
      }
      if (this.stopping.signal.aborted) {
        await outcome.stop();
        return;
      }
      this.options.log(`${this.name} is up again (pid ${outcome.pid ?? '?'}, attempt ${decision.attempt})`);
      this.markUp(outcome);
      upSince = Date.now();
      exit = describeExit(await outcome.exited);
    }
  }

  /** Waits out the delay and the dependencies, then starts: the new run, how the start failed, or 'stopping'. */
  private async restart(delayMs: number): Promise<ServiceRun | string | 'stopping'> {
    const signal = this.stopping.signal;
    try {
      await sleep(delayMs, undefined, { signal });
      const waitingFor = (this.options.dependsOn ?? []).filter((dependency) => dependency.state !== 'up');
      if (waitingFor.length > 0) {
        this.options.log(
          `${this.name} waits for ${waitingFor.map((dependency) => dependency.name).join(', ')} before it restarts`,
        );
        await Promise.all(waitingFor.map((dependency) => dependency.whenUp(signal)));
      }
    } catch {
      return 'stopping';
    }
    try {
      const run = await this.service.start(signal);
      if (!signal.aborted) return run;
      await run.stop();
      return 'stopping';
    } catch (error) {
      if (signal.aborted) return 'stopping';
      return error instanceof StartFailure && error.status
        ? `${describeExit(error.status)}, ${error.message}`
        : (error as Error).message;
    }
  }

  private goDown(message: string, exit: string): void {
    this.state = 'down';
    this.downReason = `${this.name}: ${exit}`;
    this.options.log(message);
    this.markDown(exit);
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
