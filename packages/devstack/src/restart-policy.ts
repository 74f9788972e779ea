/**
 * What `npm start` does when one of its services exits on its own: restart it after a growing delay, forgive
 * it once it has stayed up a while, and give up on it when it keeps crashing. The whole decision is this pure
 * function of the crash history; `supervisor.ts` carries it out.
 */
export interface RestartPolicy {
  /** The wait before the first restart; each further restart in a row doubles it, up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** A service that has stayed up and healthy this long is forgiven: its next crash counts as a first one. */
  healthyResetMs: number;
  /** Give up on a service that crashes this many times within `crashWindowMs`. */
  crashLimit: number;
  crashWindowMs: number;
}

/**
 * 1 s, 2 s, 4 s, 8 s … 30 s. A service that fails right at its start (a broken setting, a port another
 * program took) crashes for the fifth time about 15 s plus four start-ups after the first, well within the
 * minute, so it is given up on in well under a minute, with a clear message, instead of filling the log
 * forever; a service that crashes now and then (fewer than five times a minute) is always restarted. A
 * minute up and healthy, the length of the crash window, forgives the earlier crashes.
 */
export const DEVSTACK_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  healthyResetMs: 60_000,
  crashLimit: 5,
  crashWindowMs: 60_000,
};

export interface CrashHistory {
  /** Restarts in a row since the service last stayed up for `healthyResetMs` (0: none yet). */
  restartsInARow: number;
  /** When the crashes of the last `crashWindowMs` happened (ms), oldest first. */
  crashTimes: readonly number[];
}

export const NO_CRASHES: CrashHistory = { restartsInARow: 0, crashTimes: [] };

export type RestartDecision =
  | { action: 'restart'; attempt: number; delayMs: number; history: CrashHistory }
  | { action: 'give-up'; crashes: number; history: CrashHistory };

/** The wait before restart number `attempt` (1, 2, …) in a row. */
export function restartDelayMs(policy: RestartPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * A service crashed at `crashedAt` after `upForMs` up and healthy (0 when it crashed before passing its
 * health check): restart it, and when, or give up on it.
 */
export function decideAfterCrash(
  policy: RestartPolicy,
  history: CrashHistory,
  crashedAt: number,
  upForMs: number,
): RestartDecision {
  const restartsInARow = upForMs >= policy.healthyResetMs ? 0 : history.restartsInARow;
  const crashTimes = [...history.crashTimes.filter((time) => crashedAt - time < policy.crashWindowMs), crashedAt];
  if (crashTimes.length >= policy.crashLimit) {
    return { action: 'give-up', crashes: crashTimes.length, history: { restartsInARow, crashTimes } };
  }
  const attempt = restartsInARow + 1;
  return {
    action: 'restart',
    attempt,
    delayMs: restartDelayMs(policy, attempt),
    history: { restartsInARow: attempt, crashTimes },
  };
}
