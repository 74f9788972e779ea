import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import pLimit from 'p-limit';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt, memory-hard: N=2^15, r=8 uses 32 MiB per hash. */
const PARAMETERS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { ...PARAMETERS, maxmem: MAX_MEMORY });
  const { N, r, p } = PARAMETERS;
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of no one's password, checked when the login is unknown so that a wrong login and a wrong
 * password take the same time.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/** Refused because the bounded hashing queue (or the caller's share of it) is full. */
export class PasswordHashingBusyError extends Error {
  constructor() {
    super('password hashing queue is full');
  }
}

export interface PasswordHashingLimits {
  /** Hashes computed at once: each takes 32 MiB and a thread of libuv's pool (4 by default). */
  concurrency: number;
  /** Hashes that may wait for a free slot; beyond that a caller is refused at once. */
  maxQueued: number;
  /** Hashes one client (e.g. one IP) may have running or waiting at once. */
  maxPerClient: number;
}

/**
 * Password checks through a bounded queue: a flood of sign-ins cannot take all the memory and the libuv
 * threads the rest of the process needs (file and DNS work share that pool), nor make every caller wait
 * behind it. What does not fit is refused at once with PasswordHashingBusyError, never queued unboundedly,
 * and one client cannot hold more than its share of the queue.
 */
export class BoundedPasswordHashing {
  private readonly limit: pLimit.Limit;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly limits: PasswordHashingLimits) {
    this.limit = pLimit(limits.concurrency);
  }

  async verify(password: string, stored: string, client = ''): Promise<boolean> {
    const held = this.perClient.get(client) ?? 0;
    // p-limit starts a task on the next tick, so the bound is on running and waiting together.
    const taken = this.limit.activeCount + this.limit.pendingCount;
    if (taken >= this.limits.concurrency + this.limits.maxQueued || held >= this.limits.maxPerClient) {
      throw new PasswordHashingBusyError();
    }
    this.perClient.set(client, held + 1);
    try {
      return await this.limit(() => verifyPassword(password, stored));
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }

  /** Waiting and running now, for tests and metrics. */
  get load(): { active: number; queued: number } {
    return { active: this.limit.activeCount, queued: this.limit.pendingCount };
  }
}
