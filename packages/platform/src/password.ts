import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

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
  /**
   * The longest a check waits for its turn; one that waited longer is refused when its turn comes, unhashed.
   * Below the gateway's deadline for a subgraph, so that a caller hears «try again» and the CPU is not spent
   * on answers nobody will receive. Without it a check waits as long as it takes.
   */
  maxWaitMs?: number;
}

/**
 * Slots for `concurrency` pieces of work, given out in turns: the clients that wait take one each in the
 * order they began waiting, and each client's own work goes first-come. A client with many waiting holds
 * the others back by one turn, not by its whole share of the queue.
 */
class TakingTurns {
  private running = 0;
  private queued = 0;
  /** Each waiting client's starters; the Map's order is the order of turns. */
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly concurrency: number) {}

  get load(): { active: number; queued: number } {
    return { active: this.running, queued: this.queued };
  }

  /** Resolves when the work may start. */
  acquire(client: string): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    this.queued += 1;
    return new Promise((start) => {
      const starters = this.waiting.get(client);
      if (starters) starters.push(start);
      else this.waiting.set(client, [start]);
    });
  }

  /** The slot passes to the next client's turn, or is freed. */
  release(): void {
    const next = this.waiting.entries().next();
    if (next.done) {
      this.running -= 1;
      return;
    }
    const [client, starters] = next.value;
    const start = starters.shift()!;
    // To the back of the line: the next turn is another client's.
    this.waiting.delete(client);
    if (starters.length > 0) this.waiting.set(client, starters);
    this.queued -= 1;
    start();
  }
}

/**
 * Password checks through a bounded queue: a flood of sign-ins cannot take all the memory and the libuv
 * threads the rest of the process needs (file and DNS work share that pool), nor make every caller wait
 * behind it. What does not fit is refused at once with PasswordHashingBusyError, never queued unboundedly;
 * one client cannot hold more than its share of the queue, the clients waiting take turns, and a check that
 * waited past `maxWaitMs` is refused rather than hashed for a caller who has given up.
 */
export class BoundedPasswordHashing {
  private readonly slots: TakingTurns;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly limits: PasswordHashingLimits) {
    this.slots = new TakingTurns(limits.concurrency);
  }

  async verify(password: string, stored: string, client = ''): Promise<boolean> {
    const held = this.perClient.get(client) ?? 0;
    const { active, queued } = this.slots.load;
    if (active + queued >= this.limits.concurrency + this.limits.maxQueued || held >= this.limits.maxPerClient) {
      throw new PasswordHashingBusyError();
    }
    this.perClient.set(client, held + 1);
    const queuedAt = performance.now();
    try {
      await this.slots.acquire(client);
      try {
        const { maxWaitMs } = this.limits;
        if (maxWaitMs !== undefined && performance.now() - queuedAt > maxWaitMs) throw new PasswordHashingBusyError();
        return await verifyPassword(password, stored);
      } finally {
        this.slots.release();
      }
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }

  /** Waiting and running now, for tests and metrics. */
  get load(): { active: number; queued: number } {
    return this.slots.load;
  }
}
