import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The transactional outbox: an event is written in the same transaction as the change it announces, and a
 * relay delivers it afterwards, retrying with backoff until it succeeds. A crash or an outage of the
 * receiver delays the event; it never loses it (DOMAIN.md §6.8).
 */
export interface OutboxEvent<T = Record<string, unknown>> {
  id: string;
  topic: string;
  payload: T;
  attempts: number;
}

/** The table each subgraph that publishes events creates in its own schema (see its migrations). */
export function outboxTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".outbox (
      id uuid PRIMARY KEY,
      topic text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz,
      last_error text
    )`,
    `CREATE INDEX outbox_due_idx ON "${schema}".outbox (next_attempt_at) WHERE delivered_at IS NULL`,
  ];
}

/** Writes an event; call it with the manager of the transaction that makes the change. */
export async function enqueueEvent(
  manager: EntityManager,
  schema: string,
  topic: string,
  payload: Record<string, unknown>,
): Promise<string> {
  const id = randomUUID();
  await manager.query(`INSERT INTO "${schema}".outbox (id, topic, payload) VALUES ($1, $2, $3)`, [id, topic, payload]);
  return id;
}

export type EventHandler = (event: OutboxEvent) => Promise<void>;

/** A batch of 20 events, each bounded by its receiver's timeout (10 s for another subgraph), fits well within. */
const DEFAULT_LEASE_MS = 300_000;

export interface OutboxRelayOptions {
  schema: string;
  handlers: Record<string, EventHandler>;
  /** Payload keys to erase once delivered, e.g. a mail body that holds a one-time link. */
  redactOnDelivery?: Record<string, string[]>;
  pollIntervalMs?: number;
  maxBackoffMs?: number;
  /** How long a claimed event stays with the relay that claimed it: longer than a batch takes to deliver. */
  leaseMs?: number;
  batchSize?: number;
  log?: (message: string) => void;
}

export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    this.stopped = false;
    const interval = this.options.pollIntervalMs ?? 1000;
    this.timer = setInterval(() => void this.flush().catch((error) => this.log(`relay failed: ${error}`)), interval);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Asks for a delivery round now, without waiting for it (after a transaction that enqueued something). */
  nudge(): void {
    void this.flush().catch((error) => this.log(`relay failed: ${error}`));
  }

  /** Delivers every due event; resolves with how many were delivered. Concurrent calls share one round. */
  async flush(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let delivered = 0;
      do {
        this.again = false;
        let batch: number;
        do {
          batch = await this.deliverBatch();
          delivered += batch;
        } while (batch > 0 && !this.stopped);
      } while (this.again && !this.stopped);
      return delivered;
    })();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  /**
   * Claims a batch of due events in one short statement (each is not due again for the lease), then
   * delivers them with no transaction open: a slow receiver holds neither a connection nor a lock, and
   * the events stay with this relay meanwhile (SKIP LOCKED keeps two relays off the same rows while
   * claiming). Should this process die mid-delivery, its claimed events are due again when the lease ends.
   */
  private async deliverBatch(): Promise<number> {
    const { schema, handlers } = this.options;
    const due: Array<{ id: string; topic: string; payload: Record<string, unknown>; attempts: number }> = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE "${schema}".outbox SET next_attempt_at = now() + ($2::int * interval '1 millisecond')
          WHERE id IN (SELECT id FROM "${schema}".outbox
                        WHERE delivered_at IS NULL AND next_attempt_at <= now()
                        ORDER BY created_at
                        LIMIT $1
                        FOR UPDATE SKIP LOCKED)
          RETURNING id, topic, payload, attempts, created_at
       )
       SELECT id, topic, payload, attempts FROM claimed ORDER BY created_at`,
      [this.options.batchSize ?? 20, this.options.leaseMs ?? DEFAULT_LEASE_MS],
    );
    let delivered = 0;
    for (const event of due) {
      const handler = handlers[event.topic];
      try {
        if (!handler) throw new Error(`no handler for topic ${event.topic}`);
        await handler(event);
        const redact = this.options.redactOnDelivery?.[event.topic] ?? [];
        await this.dataSource.query(
          `UPDATE "${schema}".outbox SET delivered_at = now(), attempts = attempts + 1, last_error = NULL,
             payload = payload - $2::text[]
           WHERE id = $1`,
          [event.id, redact],
        );
        delivered += 1;
      } catch (error) {
        const backoff = Math.min(1000 * 2 ** event.attempts, this.options.maxBackoffMs ?? 300_000);
        await this.dataSource.query(
          `UPDATE "${schema}".outbox SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + ($3::int * interval '1 millisecond')
           WHERE id = $1`,
          [event.id, String(error instanceof Error ? error.message : error).slice(0, 1000), backoff],
        );
        this.log(`event ${event.topic} ${event.id} not delivered (attempt ${event.attempts + 1}), retry in ${backoff} ms: ${error}`);
      }
    }
    return delivered;
  }

  private log(message: string): void {
    (this.options.log ?? console.warn)(`[outbox ${this.options.schema}] ${message}`);
  }
}
