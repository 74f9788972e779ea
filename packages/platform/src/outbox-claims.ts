import { DataSource } from 'typeorm';
import { OutboxEvent } from './outbox';

/**
 * The outbox relay's statements (outbox-relay.ts): a claim of due events with a lease, and the record of one
 * attempt's outcome. Each is one short statement of its own, outside any transaction.
 */

export interface ClaimedEvent extends OutboxEvent {
  createdAt: Date;
  /** Who held the event before this claim with no known outcome (its relay died, or lost the database). */
  previousClaim: string | null;
}

/** What became of one attempt to deliver an event. */
export type Outcome =
  | { event: ClaimedEvent; kind: 'delivered' }
  | { event: ClaimedEvent; kind: 'failed'; error: string; unknown: boolean }
  | { event: ClaimedEvent; kind: 'dead'; error: string };

/** Claims up to `limit` due events for `claimant` with a lease of `leaseMs`, oldest first; each attempt counts now. */
export async function claimDueEvents(
  dataSource: DataSource,
  schema: string,
  limit: number,
  claimant: string,
  leaseMs: number,
): Promise<ClaimedEvent[]> {
  // TypeORM answers an UPDATE with [rows, count].
  const [rows]: [
    Array<{
      id: string;
      topic: string;
      payload: Record<string, unknown>;
      attempts: number;
      created_at: Date;
      previous_claim: string | null;
      request_id: string | null;
    }>,
    number,
  ] = await dataSource.query(
    `WITH due AS (
         SELECT id, claimed_by FROM "${schema}".outbox
         WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
           AND (locked_until IS NULL OR locked_until <= now())
         ORDER BY created_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       )
       UPDATE "${schema}".outbox AS outbox
       SET claimed_by = $2, locked_until = now() + $3 * interval '1 millisecond', attempts = outbox.attempts + 1
       FROM due WHERE outbox.id = due.id
       RETURNING outbox.id, outbox.topic, outbox.payload, outbox.attempts, outbox.created_at, outbox.request_id,
         due.claimed_by AS previous_claim`,
    [limit, claimant, leaseMs],
  );
  return rows
    .map((row) => ({
      id: row.id,
      topic: row.topic,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.created_at,
      previousClaim: row.previous_claim,
      requestId: row.request_id,
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** Delivered, whoever holds the event now; the payload keys named are erased (a one-time link, a password). */
export async function markDelivered(
  dataSource: DataSource,
  schema: string,
  event: ClaimedEvent,
  redactedKeys: string[],
): Promise<void> {
  await dataSource.query(
    `UPDATE "${schema}".outbox SET delivered_at = now(), failed_at = NULL, claimed_by = NULL, locked_until = NULL,
       last_error = NULL, payload = payload - $2::text[]
     WHERE id = $1 AND delivered_at IS NULL`,
    [event.id, redactedKeys],
  );
}

/** Refused for good: never retried, counted hourly until an operator acts. Only this claimant's attempt. */
export async function markDead(
  dataSource: DataSource,
  schema: string,
  event: ClaimedEvent,
  claimant: string,
  error: string,
): Promise<void> {
  await dataSource.query(
    `UPDATE "${schema}".outbox SET failed_at = now(), claimed_by = NULL, locked_until = NULL, last_error = $4
     WHERE id = $1 AND claimed_by = $2 AND attempts = $3 AND delivered_at IS NULL`,
    [event.id, claimant, event.attempts, error],
  );
}

/**
 * Failed for now: tried again after `backoffMs`. An attempt of unknown outcome keeps its claimant, so that the
 * next one is told it may be a duplicate.
 */
export async function markForRetry(
  dataSource: DataSource,
  schema: string,
  event: ClaimedEvent,
  claimant: string,
  outcome: { error: string; unknown: boolean },
  backoffMs: number,
): Promise<void> {
  await dataSource.query(
    `UPDATE "${schema}".outbox SET locked_until = NULL, claimed_by = CASE WHEN $5 THEN claimed_by END,
       last_error = $4, next_attempt_at = now() + $6 * interval '1 millisecond'
     WHERE id = $1 AND claimed_by = $2 AND attempts = $3 AND delivered_at IS NULL`,
    [event.id, claimant, event.attempts, outcome.error, outcome.unknown, backoffMs],
  );
}
