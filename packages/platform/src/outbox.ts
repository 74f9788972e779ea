import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { checkEnqueued, EnqueuedPayload, TopicName } from '@pfdo/contracts';
import type { OutboxState } from './metrics';
import { currentRequestId } from './request-scope';

/**
 * The transactional outbox: an event is written in the same transaction as the change it announces, and a
 * relay (outbox-relay.ts) delivers it afterwards, retrying with backoff until it succeeds or is refused for
 * good. A crash or an outage of the receiver delays the event; it never loses it (docs/domain.md §6.8).
 */
export interface OutboxEvent<T = Record<string, unknown>> {
  id: string;
  topic: string;
  payload: T;
  attempts: number;
  /** The request whose work wrote the event (none for scheduled work), so that its effects name it. */
  requestId?: string | null;
}

/**
 * The table each subgraph that publishes events creates in its own schema (see its migrations), as first
 * created: migrations run it as it was then, so later columns come in migrations of their own.
 */
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

/**
 * The id of the request that caused an event, in the outbox that sends it and the inbox that receives it
 * (migration «request ids» of each subgraph), beside the payload and not in it: the payload is the event's
 * contract, the id how its story is followed across the services' logs.
 */
export function requestIdColumnsSql(schema: string, tables: Array<'outbox' | 'inbox'>): string[] {
  return tables.map((table) => `ALTER TABLE "${schema}".${table} ADD COLUMN request_id text`);
}

export function requestIdColumnsDownSql(schema: string, tables: Array<'outbox' | 'inbox'>): string[] {
  return tables.map((table) => `ALTER TABLE "${schema}".${table} DROP COLUMN request_id`);
}

/**
 * Writes an event, with the id of the request being served; call it with the manager of the transaction that
 * makes the change. The payload is checked against its topic's contract (@pfdo/contracts) first: a payload
 * that breaks it is a programming error, and EventContractError is thrown before anything is written.
 */
export async function enqueueEvent<T extends TopicName>(
  manager: EntityManager,
  schema: string,
  topic: T,
  payload: EnqueuedPayload<T>,
): Promise<string> {
  const checked = checkEnqueued(topic, payload);
  const id = randomUUID();
  await manager.query(`INSERT INTO "${schema}".outbox (id, topic, payload, request_id) VALUES ($1, $2, $3, $4)`, [
    id,
    topic,
    checked,
    currentRequestId() ?? null,
  ]);
  return id;
}

/**
 * The columns of the relay's lease and of a dead event (migration «outbox leases» of each subgraph that has
 * an outbox). An event being sent has `claimed_by` (the relay) and `locked_until` (the end of its lease); a
 * delivered one `delivered_at`; a dead one, which a permanent failure stopped, `failed_at` and `last_error`.
 * `claimed_by` stays set while the outcome of an attempt is unknown, so that the next attempt knows it may
 * be a duplicate.
 */
export function outboxLeaseSql(schema: string): string[] {
  return [
    `ALTER TABLE "${schema}".outbox
       ADD COLUMN claimed_by text,
       ADD COLUMN locked_until timestamptz,
       ADD COLUMN failed_at timestamptz`,
    `DROP INDEX "${schema}".outbox_due_idx`,
    `CREATE INDEX outbox_due_idx ON "${schema}".outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL`,
    `CREATE INDEX outbox_delivered_idx ON "${schema}".outbox (delivered_at) WHERE delivered_at IS NOT NULL`,
    `CREATE INDEX outbox_dead_idx ON "${schema}".outbox (failed_at) WHERE failed_at IS NOT NULL`,
  ];
}

export function outboxLeaseDownSql(schema: string): string[] {
  return [
    `DROP INDEX "${schema}".outbox_dead_idx`,
    `DROP INDEX "${schema}".outbox_delivered_idx`,
    `DROP INDEX "${schema}".outbox_due_idx`,
    `CREATE INDEX outbox_due_idx ON "${schema}".outbox (next_attempt_at) WHERE delivered_at IS NULL`,
    `ALTER TABLE "${schema}".outbox DROP COLUMN claimed_by, DROP COLUMN locked_until, DROP COLUMN failed_at`,
  ];
}

/**
 * Delivers one event, or throws. A PermanentDeliveryError says that trying again cannot help (the receiver
 * refused the event itself); any other error is retried with backoff.
 */
export type EventHandler<P = Record<string, unknown>> = (event: OutboxEvent<P>) => Promise<void>;

/** A relay's handlers, by topic: each gets its topic's payload as the producer wrote it. */
export type OutboxHandlers = { [T in TopicName]?: EventHandler<EnqueuedPayload<T>> };

/** The receiver refused this event for good (an SMTP 5xx, no recipients, an HTTP 4xx): the event is dead. */
export class PermanentDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * Deletes the rows of `table` whose `timeColumn` is older than `retentionDays`, 5000 at a time, so that no
 * statement holds many rows at once; resolves with how many. Used for delivered outbox events and old inbox ids.
 */
export async function deleteOlderThan(
  dataSource: DataSource,
  table: { schema: string; name: 'outbox' | 'inbox'; key: string; timeColumn: string },
  retentionDays: number,
): Promise<number> {
  const { schema, name, key, timeColumn } = table;
  let deleted = 0;
  for (;;) {
    const [, count]: [unknown[], number] = await dataSource.query(
      `DELETE FROM "${schema}".${name} WHERE ${key} IN (
         SELECT ${key} FROM "${schema}".${name}
         WHERE ${timeColumn} < now() - $1 * interval '1 day' LIMIT 5000)`,
      [retentionDays],
    );
    deleted += count;
    if (count < 5000) return deleted;
  }
}

/** Deletes a schema's delivered events older than `retentionDays`, in slices; resolves with how many. */
export function pruneDeliveredEvents(dataSource: DataSource, schema: string, retentionDays: number): Promise<number> {
  return deleteOlderThan(dataSource, { schema, name: 'outbox', key: 'id', timeColumn: 'delivered_at' }, retentionDays);
}

/** A schema's events refused for good, waiting for an operator (see the README), and the oldest's time. */
export async function countDeadEvents(
  dataSource: DataSource,
  schema: string,
): Promise<{ count: number; oldest: Date | null }> {
  const [row]: Array<{ count: number; oldest: Date | null }> = await dataSource.query(
    `SELECT count(*)::int AS count, min(failed_at) AS oldest FROM "${schema}".outbox WHERE failed_at IS NOT NULL`,
  );
  return row;
}

/** What the metrics show of an outbox: the backlog, its oldest event's age, and the dead events. */
export async function readOutboxState(dataSource: DataSource, schema: string): Promise<OutboxState> {
  const [row]: Array<{ backlog: number; oldest_age_seconds: number | null; dead: number }> = await dataSource.query(
    `SELECT count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL)::int AS backlog,
       extract(epoch FROM now() - min(created_at) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL))::float8
         AS oldest_age_seconds,
       count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS dead
     FROM "${schema}".outbox WHERE delivered_at IS NULL`,
  );
  return { backlog: row.backlog, oldestAgeSeconds: row.oldest_age_seconds ?? 0, dead: row.dead };
}
