import { createHash } from 'node:crypto';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import {
  BoundedPasswordHashing,
  isLimitReached,
  PasswordHashingBusyError,
  postgresLimiter,
  rateLimited,
  retryAfterText,
  secondsUntilRetry,
} from '@pfdo/platform';
import { OrganizationsConfig } from '../config';
import { SCHEMA } from '../data-source';

const TABLE = 'sign_in_limits';
const DAY_SECONDS = 24 * 60 * 60;
/** A caller refused because the hashing queue is full is told to come back this soon. */
const BUSY_RETRY_SECONDS = 5;

const tooManyFailures = (seconds: number) =>
  rateLimited(`Слишком много неудачных попыток входа. Повторите через ${retryAfterText(seconds)}`, seconds);

const tooManyAtOnce = () =>
  rateLimited(
    `Слишком много одновременных попыток входа. Повторите через ${retryAfterText(BUSY_RETRY_SECONDS)}`,
    BUSY_RETRY_SECONDS,
  );

/** Consumes one point, turning "limit reached" into RATE_LIMITED; a store failure stays a fault. */
async function consume(limiter: RateLimiterPostgres, key: string) {
  try {
    return await limiter.consume(key);
  } catch (error) {
    if (isLimitReached(error)) throw tooManyFailures(secondsUntilRetry(error));
    throw error;
  }
}

/** One sign-in attempt, counted before its password is checked. */
export interface SignInAttempt {
  /** The password was wrong or the login unknown: counts it, and locks the login at the limit. */
  failed(): Promise<void>;
  succeeded(): Promise<void>;
  /** The password was never checked (the hashing queue refused it): the attempt's points go back. */
  unchecked(): Promise<void>;
}

/**
 * Failed sign-ins are counted per login (known or not, so that the answer never tells which logins exist)
 * and per client IP, in PostgreSQL. An attempt is counted before the password is checked, so that a burst
 * of concurrent guesses cannot slip past the limit while the first ones are still hashing; a success
 * clears its login's count and gives its address its point back.
 */
export class SignInThrottle {
  private readonly byLogin: RateLimiterPostgres;
  private readonly byIp: RateLimiterPostgres;
  private readonly locks: RateLimiterPostgres;
  private readonly hashing: BoundedPasswordHashing;

  constructor(
    dataSource: DataSource,
    private readonly config: OrganizationsConfig,
  ) {
    const window = config.loginFailureWindowMinutes * 60;
    const common = { schema: SCHEMA, table: TABLE, durationSeconds: window };
    this.byLogin = postgresLimiter(dataSource, { ...common, keyPrefix: 'login', points: config.loginFailuresPerLogin });
    this.byIp = postgresLimiter(dataSource, {
      ...common,
      keyPrefix: 'ip',
      points: config.loginFailuresPerIp,
      blockSeconds: window,
    });
    // How many times a login was locked in the last day: each lock doubles the next one.
    this.locks = postgresLimiter(dataSource, {
      ...common,
      keyPrefix: 'login-lock',
      points: 1_000_000,
      durationSeconds: DAY_SECONDS,
    });
    this.hashing = new BoundedPasswordHashing({
      concurrency: config.passwordHashConcurrency,
      maxQueued: config.passwordHashQueue,
      maxPerClient: config.passwordHashQueuePerIp,
      maxWaitMs: config.passwordHashMaxWaitMs,
    });
  }

  /** Counts the attempt, or refuses it with RATE_LIMITED when the address or the login is locked. */
  async begin(login: string, clientIp: string): Promise<SignInAttempt> {
    const ipKey = clientIp || 'unknown';
    // A digest: the table never keeps what someone typed as a login (often a password by mistake).
    const loginKey = createHash('sha256').update(login).digest('hex');
    await consume(this.byIp, ipKey);
    const counted = await consume(this.byLogin, loginKey);
    return {
      failed: async () => {
        if (counted.consumedPoints < this.config.loginFailuresPerLogin) return;
        const seconds = await this.lock(loginKey);
        throw tooManyFailures(seconds);
      },
      succeeded: async () => {
        await Promise.all([this.byLogin.delete(loginKey), this.byIp.reward(ipKey, 1)]);
      },
      unchecked: async () => {
        await Promise.all([this.byLogin.reward(loginKey, 1), this.byIp.reward(ipKey, 1)]);
      },
    };
  }

  /** Checks a password through the bounded hashing queue; a full queue refuses with RATE_LIMITED. */
  async verifyPassword(password: string, stored: string, clientIp: string): Promise<boolean> {
    try {
      return await this.hashing.verify(password, stored, clientIp);
    } catch (error) {
      if (error instanceof PasswordHashingBusyError) throw tooManyAtOnce();
      throw error;
    }
  }

  private async lock(loginKey: string): Promise<number> {
    const { consumedPoints: locksToday } = await this.locks.penalty(loginKey, 1);
    const seconds = Math.min(this.config.loginLockMinutes * 60 * 2 ** (locksToday - 1), DAY_SECONDS);
    await this.byLogin.block(loginKey, seconds);
    return seconds;
  }
}
