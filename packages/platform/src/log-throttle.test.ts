import { LogLevel, LogThrottle } from './log-throttle';

/** A throttle whose lines are kept, on jest's clock. */
function throttle(intervalMs = 30_000) {
  const lines: Array<{ level: LogLevel; line: string }> = [];
  return { lines, log: new LogThrottle({ intervalMs, write: (level, line) => lines.push({ level, line }) }) };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('the log throttle', () => {
  it('writes the first failure of a kind at once and the count of the rest when the interval ends', () => {
    const { lines, log } = throttle();
    log.log('db', '[certificates] database unavailable: connect ECONNREFUSED 127.0.0.1:5433', 'warn');
    for (let i = 0; i < 56; i++)
      log.log('db', '[certificates] database unavailable: connect ECONNREFUSED 127.0.0.1:5433', 'warn');
    expect(lines).toEqual([
      { level: 'warn', line: '[certificates] database unavailable: connect ECONNREFUSED 127.0.0.1:5433' },
    ]);

    jest.advanceTimersByTime(30_000);
    expect(lines[1]).toEqual({
      level: 'warn',
      line: '[certificates] database unavailable: connect ECONNREFUSED 127.0.0.1:5433 …repeated 56 times in the last 30 s',
    });
  });

  it('keeps kinds apart, and forgets a kind that stayed quiet for an interval', () => {
    const { lines, log } = throttle();
    log.log('db', 'database down');
    log.log('smtp', 'smtp down');
    expect(lines.map(({ line }) => line)).toEqual(['database down', 'smtp down']);

    jest.advanceTimersByTime(30_000); // nothing repeated: nothing to add
    expect(lines).toHaveLength(2);
    log.log('db', 'database down again');
    expect(lines.map(({ line }) => line)).toEqual(['database down', 'smtp down', 'database down again']);
  });

  it('turns a stack trace or any multi-line text into one line', () => {
    const { lines, log } = throttle();
    log.log('fault', 'Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect\n    at process');
    expect(lines[0].line).toBe('Error: connect ECONNREFUSED at TCPConnectWrap.afterConnect at process');
  });

  it('turns the probe’s outage (3 500 failures of a few kinds in 110 s) into a few lines per kind that still count them all', () => {
    const { lines, log } = throttle();
    const kinds = [
      'certificates:database:ECONNREFUSED',
      'organizations:database:ECONNREFUSED',
      'gateway:session-lookup:503',
    ];
    for (let i = 0; i < 3500; i++) {
      const kind = kinds[i % kinds.length];
      log.log(kind, `${kind} failed`);
      jest.advanceTimersByTime(110_000 / 3500);
    }
    jest.advanceTimersByTime(60_000);
    // Per kind: the first line, then one count per 30 s interval of the 110 s.
    expect(lines.length).toBeLessThanOrEqual(kinds.length * (1 + Math.ceil(110 / 30)));
    const counted = lines.reduce((sum, { line }) => sum + (Number(/repeated (\d+) times/.exec(line)?.[1]) || 1), 0);
    expect(counted).toBe(3500);
    process.stdout.write(`log throttle: 3500 failures in 110 s → ${lines.length} lines\n`);
  });

  it('writes what is still counted when asked to (before the process stops)', () => {
    const { lines, log } = throttle();
    log.log('db', 'database down');
    log.log('db', 'database down');
    log.flush();
    expect(lines.map(({ line }) => line)).toEqual(['database down', 'database down …repeated 1 time in the last 30 s']);
  });
});
