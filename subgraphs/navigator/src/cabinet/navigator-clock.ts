import { ConfigError, EnvReader } from '@pfdo/platform';

/**
 * The navigator's «now» in tests: starts at NAVIGATOR_CLOCK's moment and stands still there until a test moves
 * it (`/internal/test-clock`, src/jobs/test-clock.routes.ts). Each navigator process holds its own: a test with
 * two processes sets both.
 */
export class TestClock {
  private moment: Date;

  constructor(start: Date) {
    this.moment = new Date(start);
  }

  readonly now = (): Date => new Date(this.moment);

  set(moment: Date): void {
    this.moment = new Date(moment);
  }
}

export interface NavigatorConfig {
  /** The moment the certificate's money is counted and contracts move at: the real clock, or the test clock. */
  now: () => Date;
  /** The test clock, when NAVIGATOR_CLOCK is set (never in production); null on the real clock. */
  testClock: TestClock | null;
}

/**
 * NAVIGATOR_CLOCK (tests only): an ISO 8601 moment (`2026-11-15T12:00:00+07:00`) the navigator takes for «now»,
 * so that a browser test can show the nominal of a chosen month, and that a test can move (seven days on, for a
 * prolongation to be accepted by itself). Refused in production, where only the real clock counts money.
 */
export function readNavigatorConfig(reader: EnvReader): NavigatorConfig {
  const raw = reader.string('NAVIGATOR_CLOCK', '');
  if (!raw) return { now: () => new Date(), testClock: null };
  const fixed = new Date(raw);
  if (reader.production) throw new ConfigError(['NAVIGATOR_CLOCK is a test setting and must not be set in production']);
  if (Number.isNaN(fixed.getTime()))
    throw new ConfigError([`NAVIGATOR_CLOCK must be an ISO 8601 moment, got "${raw}"`]);
  const testClock = new TestClock(fixed);
  return { now: testClock.now, testClock };
}
