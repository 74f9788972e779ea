import { Pool } from 'pg';
import { logThrottle } from '@pfdo/platform/errors';
import {
  isLimitReached,
  poolLimiter,
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRes,
} from '@pfdo/platform/limits';

/** Partner limits are per key and per minute (README, «Partners»). */
export const PARTNER_WINDOW_SECONDS = 60;
/**
 * The gateway's own schema: only the partners' counters, which nothing else reads (docs/decisions/0017).
 * The limiter refuses by itself only past these ceilings (the largest limits a key may be given); each key's
 * own limit is compared with the points it has used.
 */
const SCHEMA = 'gateway';
const TABLE = 'partner_limits';
const CEILING = { requests: 6_000, cost: 1_000_000 } as const;

export interface PartnerBudget {
  limit: number;
  remaining: number;
  /** When the window ends, in whole seconds since the epoch (as GitHub's `X-RateLimit-Reset`). */
  resetAt: number;
}

export interface PartnerCharge {
  budget: PartnerBudget;
  /** Set when the charge was refused: whole seconds until the window ends. */
  retryAfterSeconds: number | null;
}

/** `givenBack`: points of a refused charge that are returned, so the budget shown is the one before it. */
function chargeOf(res: RateLimiterRes, limit: number, refusedByStore: boolean, givenBack = 0): PartnerCharge {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const refused = refusedByStore || res.consumedPoints > limit;
  return {
    budget: {
      limit,
      remaining: Math.max(0, limit - (res.consumedPoints - (refused ? givenBack : 0))),
      resetAt: Math.ceil((Date.now() + res.msBeforeNext) / 1000),
    },
    retryAfterSeconds: refused ? retryAfterSeconds : null,
  };
}

/**
 * Each key's requests and cost per minute, counted by rate-limiter-flexible in PostgreSQL so that the limits
 * hold across every gateway process, on a small pool of the gateway's own: counting partners never takes a
 * connection or a slot that citizens' requests need. If the database cannot be reached, each process counts
 * in memory meanwhile (the library's insurance limiter), so partners are limited, never let through unbounded.
 */
export class PartnerLimits {
  private constructor(
    private readonly requests: RateLimiterAbstract,
    private readonly cost: RateLimiterAbstract,
    private readonly pool: Pool | null,
  ) {}

  static async start(databaseUrl: string): Promise<PartnerLimits> {
    const memory = (points: number, keyPrefix: string) =>
      new RateLimiterMemory({ points, duration: PARTNER_WINDOW_SECONDS, keyPrefix });
    if (!databaseUrl) {
      logThrottle.log(
        'gateway:partner-limits',
        '[gateway] no DATABASE_URL: partner limits are counted per process',
        'warn',
      );
      return new PartnerLimits(memory(CEILING.requests, 'req'), memory(CEILING.cost, 'cost'), null);
    }
    const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'pfdo-gateway-partner-limits' });
    // An idle connection the server closes (a PostgreSQL restart, a failover) is an 'error' event of the pool:
    // without a listener Node ends the gateway. The pool drops that connection and opens another when asked;
    // meanwhile the insurance limiters count.
    pool.on('error', (error) =>
      logThrottle.log('gateway:partner-limits', `[gateway] partner limits' connection lost: ${error.message}`),
    );
    // A database that is down at start leaves the insurance limiters counting until it is back.
    await ensureTable(pool).catch((error: Error) =>
      logThrottle.log('gateway:partner-limits', `[gateway] partner limits' table not checked: ${error.message}`),
    );
    const limiter = (points: number, keyPrefix: string) =>
      poolLimiter(pool, {
        schema: SCHEMA,
        table: TABLE,
        keyPrefix,
        points,
        durationSeconds: PARTNER_WINDOW_SECONDS,
        insurance: memory(points, keyPrefix),
      });
    return new PartnerLimits(limiter(CEILING.requests, 'req'), limiter(CEILING.cost, 'cost'), pool);
  }

  /** One more request of the key; refused beyond its requests per minute. */
  countRequest(keyId: string, limit: number): Promise<PartnerCharge> {
    return this.charge(this.requests, keyId, limit, 1, false);
  }

  /**
   * The operation's cost against the key's budget per minute. A refused operation is not run, so its cost is
   * given back: only what was answered is spent.
   */
  async spendCost(keyId: string, limit: number, cost: number): Promise<PartnerCharge> {
    const charge = await this.charge(this.cost, keyId, limit, cost, true);
    if (charge.retryAfterSeconds !== null && cost > 0) await this.cost.reward(keyId, cost).catch(() => undefined);
    return charge;
  }

  /** What is left of the key's cost budget, without spending any (for a request refused before its cost). */
  async costBudget(keyId: string, limit: number): Promise<PartnerBudget> {
    const res = await this.cost.get(keyId).catch(() => null);
    if (!res) return { limit, remaining: limit, resetAt: Math.ceil(Date.now() / 1000) + PARTNER_WINDOW_SECONDS };
    return chargeOf(res, limit, false).budget;
  }

  private async charge(
    limiter: RateLimiterAbstract,
    keyId: string,
    limit: number,
    points: number,
    givenBackIfRefused: boolean,
  ): Promise<PartnerCharge> {
    const givenBack = givenBackIfRefused ? points : 0;
    try {
      return chargeOf(await limiter.consume(keyId, points), limit, false, givenBack);
    } catch (error) {
      if (isLimitReached(error)) return chargeOf(error, limit, true, givenBack);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.pool?.end().catch(() => undefined);
  }
}

/** The counters' table, created once by whichever gateway starts first (an advisory lock orders them). */
async function ensureTable(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('pfdo-gateway-partner-limits'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    // The layout rate-limiter-flexible reads and writes (packages/platform/src/rate-limit.ts).
    await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.${TABLE} (
      key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await client.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_expire ON ${SCHEMA}.${TABLE} (expire)`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
