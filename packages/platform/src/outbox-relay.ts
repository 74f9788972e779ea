import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { connectionFailureOf } from './connection-failures';
import { LogLevel, LogThrottle, logThrottle, logWrite } from './log-throttle';
import { logger } from './logger';
import { watchOutbox } from './metrics';
import { countDeadEvents, EventHandler, PermanentDeliveryError, pruneDeliveredEvents, readOutboxState } from './outbox';
import { ClaimedEvent, claimDueEvents, markDead, markDelivered, markForRetry, Outcome } from './outbox-claims';
import { OutboxRelayOptions } from './outbox-relay-options';
import { requestScope } from './request-scope';

export type { OutboxRelayOptions };

class DeliveryTimeout extends Error {}

const oneLine = (error: unknown) =>
  String(error instanceof Error ? error.message : error)
    .replace(/\s+/g, ' ')
    .slice(0, 1000);

/**
 * Delivers a subgraph's outbox. Several relays (processes) may run over one table: each claims a few due
 * events in a short transaction of its own (`FOR UPDATE SKIP LOCKED`, a lease in `locked_until`), delivers
 * them with no transaction open, and records each outcome in another short statement. An event whose lease
 * ran out without an outcome (its relay died, or lost the database between sending and recording) is sent
 * again, with the same id, and logged as a possible duplicate: delivery is at least once, and a duplicate
 * is detectable by its id (the receivers' inbox, the e-mail's Message-ID).
 */
export class OutboxRelay {
  /** Who claims: this process, and this relay in it (the tests run two in one process). */
  readonly claimant = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly options: Required<Omit<OutboxRelayOptions, 'redactOnDelivery' | 'log' | 'laneOf'>> &
    OutboxRelayOptions;
  private readonly throttle: LogThrottle;
  private timers: NodeJS.Timeout[] = [];
  private unwatch: (() => void) | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  /** Outcomes the database did not take (it was down): written before anything new is claimed. */
  private unrecorded: Outcome[] = [];

  constructor(
    private readonly dataSource: DataSource,
    options: OutboxRelayOptions,
  ) {
    this.options = {
      pollIntervalMs: 1000,
      maxBackoffMs: 300_000,
      batchSize: options.laneOf ? 25 : 5,
      lanes: 8,
      deliveryTimeoutMs: 30_000,
      retentionDays: 7,
      pruneIntervalMs: 3_600_000,
      ...options,
    };
    this.throttle = options.log ? new LogThrottle({ write: options.log }) : logThrottle;
  }

  /**
   * The lease covers a whole batch delivered one after another (the worst case of lanes: all in one), each
   * within its deadline, with room to record the outcomes: 5 × 30 s + 30 s = 3 min by default.
   */
  get leaseMs(): number {
    return this.options.batchSize * this.options.deliveryTimeoutMs + 30_000;
  }

  start(): void {
    this.stopped = false;
    const every = (ms: number, work: () => Promise<unknown>) => {
      const timer = setInterval(() => void work(), ms);
      timer.unref();
      this.timers.push(timer);
    };
    this.unwatch = watchOutbox(this.options.schema, () => readOutboxState(this.dataSource, this.options.schema));
    every(this.options.pollIntervalMs, () => this.flush());
    every(this.options.pruneIntervalMs, () => this.housekeeping());
    void this.housekeeping();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unwatch?.();
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.running;
    await this.recordUnrecorded();
  }

  /** Asks for a delivery round now, without waiting for it (after a transaction that enqueued something). */
  nudge(): void {
    void this.flush();
  }

  /**
   * Delivers every due event; resolves with how many were delivered, never rejects (a failure is logged and
   * the next round tries again). Concurrent calls share one round.
   */
  async flush(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let delivered = 0;
      try {
        do {
          this.again = false;
          let batch: number;
          do {
            batch = await this.deliverBatch();
            delivered += batch;
          } while (batch > 0 && !this.stopped);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.logFailure('round', error);
      }
      return delivered;
    })();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Deletes delivered events older than the retention; resolves with how many. */
  prune(): Promise<number> {
    return pruneDeliveredEvents(this.dataSource, this.options.schema, this.options.retentionDays);
  }

  /** Events that were refused for good and wait for an operator (see the README). */
  deadEvents(): Promise<{ count: number; oldest: Date | null }> {
    return countDeadEvents(this.dataSource, this.options.schema);
  }

  /** The schedule's work: prune, and say in the log how many dead events wait. */
  async housekeeping(): Promise<void> {
    try {
      const pruned = await this.prune();
      if (pruned > 0)
        this.log('info', `pruned ${pruned} events delivered more than ${this.options.retentionDays} days ago`);
      const dead = await this.deadEvents();
      if (dead.count > 0) {
        const events = dead.count === 1 ? 'event' : 'events';
        this.log(
          'error',
          `${dead.count} dead ${events} (refused for good, not retried), the oldest since ${dead.oldest?.toISOString()}: see last_error where failed_at is set`,
        );
      }
    } catch (error) {
      this.logFailure('housekeeping', error);
    }
  }

  private async deliverBatch(): Promise<number> {
    if (!(await this.recordUnrecorded())) return 0;
    const claimed = await this.claim();
    let delivered = 0;
    const deliverLane = async (events: ClaimedEvent[]) => {
      for (const event of events) {
        const outcome = await this.deliver(event);
        if (outcome.kind === 'delivered') delivered += 1;
        // The database may be gone since the claim; the outcome waits in memory and is written first thing.
        if (this.unrecorded.length > 0 || !(await this.record(outcome))) this.unrecorded.push(outcome);
      }
    };
    const lanes = [...this.lanesOf(claimed).values()];
    const next = () => lanes.shift();
    const worker = async () => {
      for (let lane = next(); lane; lane = next()) await deliverLane(lane);
    };
    await Promise.all(Array.from({ length: Math.min(this.options.lanes, lanes.length) }, worker));
    return delivered;
  }

  /** The claimed events by lane, each lane in the order its events were written. */
  private lanesOf(claimed: ClaimedEvent[]): Map<string, ClaimedEvent[]> {
    const lanes = new Map<string, ClaimedEvent[]>();
    for (const event of claimed) {
      const lane = this.options.laneOf?.(event) ?? '';
      const events = lanes.get(lane);
      if (events) events.push(event);
      else lanes.set(lane, [event]);
    }
    return lanes;
  }

  /** Claims due events with a lease, in one statement; their attempt counts as made from now on. */
  private claim(): Promise<ClaimedEvent[]> {
    return claimDueEvents(this.dataSource, this.options.schema, this.options.batchSize, this.claimant, this.leaseMs);
  }

  /** Delivers one event as work of the request that caused it: the handler's calls and lines carry its id. */
  private deliver(event: ClaimedEvent): Promise<Outcome> {
    return event.requestId
      ? requestScope.run({ requestId: event.requestId }, () => this.deliverInScope(event))
      : this.deliverInScope(event);
  }

  private async deliverInScope(event: ClaimedEvent): Promise<Outcome> {
    if (event.previousClaim) {
      this.log(
        'warn',
        `event ${event.topic} ${event.id}: attempt ${event.attempts - 1} (${event.previousClaim}) has no known outcome; sending again with the same id, a possible duplicate`,
      );
    }
    // The payload was checked against its topic's contract when it was written (enqueueEvent).
    const handler = (this.options.handlers as Record<string, EventHandler | undefined>)[event.topic];
    let timer: NodeJS.Timeout | undefined;
    try {
      // A topic with no handler here may have one in a newer process of this subgraph: not dead, retried.
      if (!handler) throw new Error(`no handler for topic ${event.topic}`);
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DeliveryTimeout(`no answer within ${this.options.deliveryTimeoutMs} ms, outcome unknown`)),
          this.options.deliveryTimeoutMs,
        );
      });
      const { id, topic, payload, attempts, requestId } = event;
      await Promise.race([handler({ id, topic, payload, attempts, requestId }), deadline]);
      logger.info({ event: id, topic, attempts, schema: this.options.schema }, 'event delivered');
      return { event, kind: 'delivered' };
    } catch (error) {
      if (error instanceof PermanentDeliveryError) return { event, kind: 'dead', error: oneLine(error) };
      return { event, kind: 'failed', error: oneLine(error), unknown: error instanceof DeliveryTimeout };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Writes what became of one attempt; false when the database could not be reached. */
  private async record(outcome: Outcome): Promise<boolean> {
    const { schema } = this.options;
    const { event } = outcome;
    try {
      if (outcome.kind === 'delivered') {
        await markDelivered(this.dataSource, schema, event, this.options.redactOnDelivery?.[event.topic] ?? []);
      } else if (outcome.kind === 'dead') {
        await markDead(this.dataSource, schema, event, this.claimant, outcome.error);
        this.log(
          'error',
          `event ${event.topic} ${event.id} is dead after attempt ${event.attempts}, refused for good: ${outcome.error}`,
        );
      } else {
        const backoff = this.backoffMs(event.attempts);
        await markForRetry(this.dataSource, schema, event, this.claimant, outcome, backoff);
        this.throttle.log(
          `outbox:${schema}:${event.topic}:${outcome.error.slice(0, 40)}`,
          `[outbox ${schema}] event ${event.topic} ${event.id} not delivered (attempt ${event.attempts}), retry in ${backoff} ms: ${outcome.error}`,
          'warn',
        );
      }
      return true;
    } catch (error) {
      this.logFailure('record', error);
      return false;
    }
  }

  /** Writes the outcomes the database missed; true when none is left. */
  private async recordUnrecorded(): Promise<boolean> {
    while (this.unrecorded.length > 0) {
      if (!(await this.record(this.unrecorded[0]))) return false;
      this.unrecorded.shift();
    }
    return true;
  }

  /** 1 s after the first failure, doubling up to the maximum, with a fifth of jitter so that relays spread out. */
  private backoffMs(attempts: number): number {
    const base = Math.min(1000 * 2 ** Math.max(0, attempts - 1), this.options.maxBackoffMs);
    return Math.round(base * (0.8 + Math.random() * 0.2));
  }

  private logFailure(what: string, error: unknown): void {
    const failure = connectionFailureOf(error);
    const { schema } = this.options;
    if (failure) {
      this.throttle.log(
        `outbox:${schema}:database:${failure.kind}`,
        `[outbox ${schema}] database unavailable (${what}): ${failure.description}`,
        'warn',
      );
    } else {
      this.throttle.log(
        `outbox:${schema}:${what}:${oneLine(error).slice(0, 40)}`,
        `[outbox ${schema}] ${what} failed: ${oneLine(error)}`,
        'error',
      );
    }
  }

  private log(level: LogLevel, line: string): void {
    (this.options.log ?? logWrite)(level, `[outbox ${this.options.schema}] ${line}`);
  }
}
