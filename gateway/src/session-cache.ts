import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { SESSION_REVOKED_CHANNEL } from '@pfdo/platform/credential';
import { logThrottle } from '@pfdo/platform/errors';
import type { ResolvedSession } from './session';

/** The session id of a token, as the organizations subgraph computes it (the SHA-256 of the token, in hex). */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** One revocation the cache applied, by the generation it started. */
interface Revocation {
  generation: number;
  sessionId?: string;
  userId?: string;
  /** Everything kept was dropped (the listener connected or lost the line). */
  all?: boolean;
}

/**
 * The revocations remembered for the lookups in flight: a lookup takes one round-trip to organizations (ms,
 * seconds at worst); a lookup older than this many revocations is simply not kept.
 */
const REVOCATIONS_KEPT = 1_000;

export interface SessionCacheOptions {
  /** How long a resolved session is answered from memory (SESSION_CACHE_TTL_MS); 0 turns the cache off. */
  ttlMs: number;
  /** How many sessions are kept at most (SESSION_CACHE_MAX), the least recently used going first. */
  max: number;
}

/**
 * Resolved sessions for a few seconds, so that a request does not cost a round-trip to the organizations
 * subgraph. Trusted only while the revocation listener is connected: every session that ends and every user
 * that changes is forgotten at the commit that does it, on every gateway; without the listener nothing is
 * answered from memory. A lookup that was in flight while its own session ended, its user changed or the
 * listener lost the line is not kept, whatever it answered; revocations of other sessions do not stop it
 * (in September parents sign out by the thousand, and each would otherwise cost every lookup in flight).
 *
 * What «at once» means: a revocation reaches another gateway when PostgreSQL delivers its NOTIFY, a few
 * milliseconds after the commit (longer on a loaded machine); through the gateway that signed a session out it
 * is synchronous. Each notification applied is announced as a `revoked` event (the payload), for tests and
 * for the metrics.
 */
export class SessionCache {
  /** Emits `revoked` with the notification's payload once it has been applied. */
  readonly events = new EventEmitter();
  private readonly entries: LRUCache<string, ResolvedSession> | null;
  private generation = 0;
  private listening = false;
  /** What each generation since `oldestKnown` revoked: the lookups in flight are checked against it. */
  private revocations: Revocation[] = [];

  constructor(options: SessionCacheOptions) {
    this.entries = options.ttlMs > 0 ? new LRUCache({ max: options.max, ttl: options.ttlMs }) : null;
  }

  /** Whether answers may come from memory now. */
  get enabled(): boolean {
    return this.entries !== null && this.listening;
  }

  /** A marker to hand back to `remember`: a revocation in between makes it refuse. */
  snapshot(): number {
    return this.generation;
  }

  get(sessionId: string): ResolvedSession | undefined {
    return this.enabled ? this.entries!.get(sessionId) : undefined;
  }

  remember(sessionId: string, session: ResolvedSession, snapshot: number): void {
    if (this.enabled && !this.revokedSince(snapshot, sessionId, session.identity.userId)) {
      this.entries!.set(sessionId, session);
    }
  }

  /** Whether anything since `snapshot` concerns the session or its user (or is older than the log remembers). */
  private revokedSince(snapshot: number, sessionId: string, userId: string): boolean {
    if (snapshot === this.generation) return false;
    const since = this.revocations.filter((revocation) => revocation.generation > snapshot);
    if (since.length < this.generation - snapshot) return true;
    return since.some(
      (revocation) => revocation.all || revocation.sessionId === sessionId || revocation.userId === userId,
    );
  }

  private record(revocation: Omit<Revocation, 'generation'>): void {
    this.generation += 1;
    this.revocations.push({ ...revocation, generation: this.generation });
    if (this.revocations.length > REVOCATIONS_KEPT)
      this.revocations.splice(0, this.revocations.length - REVOCATIONS_KEPT);
  }

  /** A session ended (signed out here or anywhere). */
  forgetSession(sessionId: string): void {
    this.record({ sessionId });
    this.entries?.delete(sessionId);
  }

  /** A user changed: each of their sessions is looked up afresh. */
  forgetUser(userId: string): void {
    this.record({ userId });
    if (!this.entries) return;
    for (const [sessionId, session] of this.entries.entries()) {
      if (session.identity.userId === userId) this.entries.delete(sessionId);
    }
  }

  /** The listener's state: a gap in listening may have missed revocations, so everything kept goes. */
  setListening(listening: boolean): void {
    this.record({ all: true });
    this.listening = listening;
    this.entries?.clear();
  }

  /** Applies one notification of SESSION_REVOKED_CHANNEL. */
  apply(payload: string | undefined): void {
    if (payload?.startsWith('s:')) this.forgetSession(payload.slice(2));
    else if (payload?.startsWith('u:')) this.forgetUser(payload.slice(2));
    else this.setListening(this.listening);
    this.events.emit('revoked', payload);
  }
}

/**
 * LISTENs on SESSION_REVOKED_CHANNEL with a connection of its own and feeds the cache. When the connection
 * fails the cache is off (every request asks organizations) until a new one listens; a new one is tried when
 * a request needs a session, at most once per `retryAfterMs`.
 */
export class SessionRevocationListener {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private lastAttempt = 0;
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly cache: SessionCache,
    private readonly retryAfterMs = 1_000,
  ) {}

  /** Starts listening; resolves when listening or when the attempt failed (the cache stays off then). */
  ensure(): Promise<void> {
    if (this.closed || this.client || this.connecting) return this.connecting ?? Promise.resolve();
    if (Date.now() - this.lastAttempt < this.retryAfterMs) return Promise.resolve();
    this.lastAttempt = Date.now();
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      connectionTimeoutMillis: 3_000,
      application_name: 'pfdo-gateway-sessions',
      keepAlive: true,
    });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.cache.setListening(false);
      client.end().catch(() => undefined);
      if (!this.closed) {
        logThrottle.log('gateway:session-listener', `[gateway] session revocations not heard (${reason}): cache off`);
      }
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (message) => {
      if (message.channel === SESSION_REVOKED_CHANNEL) this.cache.apply(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_REVOKED_CHANNEL}`);
    } catch (error) {
      logThrottle.log(
        'gateway:session-listener',
        `[gateway] cannot listen for session revocations (${(error as Error).message}): cache off`,
      );
      await client.end().catch(() => undefined);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.cache.setListening(true);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    this.cache.setListening(false);
    await this.connecting?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }
}
