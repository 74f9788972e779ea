import {
  CrashHistory,
  decideAfterCrash,
  DEVSTACK_RESTART_POLICY as POLICY,
  NO_CRASHES,
  RestartDecision,
  restartDelayMs,
} from './restart-policy';

const SECOND = 1_000;

/** Feeds crashes at the given times (each after `upForMs`) through the policy, as the supervisor does. */
function crashes(times: Array<{ at: number; upForMs: number }>): RestartDecision[] {
  let history: CrashHistory = NO_CRASHES;
  return times.map(({ at, upForMs }) => {
    const decision = decideAfterCrash(POLICY, history, at, upForMs);
    history = decision.history;
    return decision;
  });
}

describe('the restart delay', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
    [6, 30],
    [7, 30],
    [60, 30],
    [2_000, 30],
  ])('before restart %i in a row is %i s', (attempt, seconds) => {
    expect(restartDelayMs(POLICY, attempt)).toBe(seconds * SECOND);
  });
});

describe('a service that fails right at its start', () => {
  it('is restarted after 1, 2, 4 and 8 s, and given up on at its fifth crash', () => {
    // Each start takes 3 s before the service exits again.
    const decisions = crashes([
      { at: 0, upForMs: 60 * SECOND },
      { at: 4 * SECOND, upForMs: 0 },
      { at: 9 * SECOND, upForMs: 0 },
      { at: 16 * SECOND, upForMs: 0 },
      { at: 27 * SECOND, upForMs: 0 },
    ]);
    expect(
      decisions.map((decision) => (decision.action === 'restart' ? decision.delayMs / SECOND : decision.action)),
    ).toEqual([1, 2, 4, 8, 'give-up']);
    expect(decisions[3]).toMatchObject({ attempt: 4 });
    expect(decisions[4]).toMatchObject({ crashes: 5 });
  });

  it('is given up on even when each start takes 11 s, the slowest start the window allows', () => {
    const slowStart = 11 * SECOND;
    let at = 0;
    const times = [0, 1, 2, 4, 8].map((delaySeconds, index) => {
      at += index === 0 ? 0 : delaySeconds * SECOND + slowStart;
      return { at, upForMs: 0 };
    });
    expect(crashes(times).at(-1)).toMatchObject({ action: 'give-up' });
  });
});

describe('a service that crashes now and then', () => {
  it('is restarted every time when it crashes fewer than five times a minute', () => {
    // Up 15 s, then a crash, over and over: four crashes in any minute at most.
    let at = 0;
    const times = Array.from({ length: 30 }, () => {
      at += 15 * SECOND;
      return { at, upForMs: 15 * SECOND };
    });
    const decisions = crashes(times);
    expect(decisions.every((decision) => decision.action === 'restart')).toBe(true);
    // Never forgiven (never up a full minute), so its delay grows to the ceiling and stays there.
    expect(decisions.at(-1)).toMatchObject({ delayMs: POLICY.maxDelayMs, attempt: 30 });
  });

  it('is forgiven after a minute up: the next crash is restarted after 1 s, as attempt 1', () => {
    const decisions = crashes([
      { at: 0, upForMs: 0 },
      { at: 5 * SECOND, upForMs: 0 },
      { at: 12 * SECOND, upForMs: 0 },
      { at: 100 * SECOND, upForMs: 80 * SECOND },
    ]);
    expect(decisions[2]).toMatchObject({ action: 'restart', attempt: 3, delayMs: 4 * SECOND });
    expect(decisions[3]).toMatchObject({ action: 'restart', attempt: 1, delayMs: 1 * SECOND });
  });

  it('is not forgiven a second before the minute', () => {
    const decisions = crashes([
      { at: 0, upForMs: 0 },
      { at: 70 * SECOND, upForMs: 59 * SECOND },
    ]);
    expect(decisions[1]).toMatchObject({ action: 'restart', attempt: 2, delayMs: 2 * SECOND });
  });

  it('counts only the crashes of the last minute towards giving up', () => {
    const decisions = crashes([
      { at: 0, upForMs: 0 },
      { at: 10 * SECOND, upForMs: 0 },
      { at: 20 * SECOND, upForMs: 0 },
      { at: 30 * SECOND, upForMs: 0 },
      // The first crash is a minute old now: four in the window, not five.
      { at: 60 * SECOND, upForMs: 0 },
      { at: 65 * SECOND, upForMs: 0 },
    ]);
    expect(decisions[4]).toMatchObject({
      action: 'restart',
      history: { crashTimes: [10, 20, 30, 60].map((s) => s * SECOND) },
    });
    expect(decisions[5]).toMatchObject({ action: 'give-up', crashes: 5 });
  });
});
