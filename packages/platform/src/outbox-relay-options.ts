import { LogLevel } from './log-throttle';
import { OutboxEvent, OutboxHandlers } from './outbox';

/** What an outbox relay (outbox-relay.ts) is told: its schema and handlers, and its timing, batches and lanes. */
export interface OutboxRelayOptions {
  schema: string;
  handlers: OutboxHandlers;
  /** Payload keys to erase once delivered, e.g. a mail body that holds a one-time link. */
  redactOnDelivery?: Record<string, string[]>;
  /** How often due events are looked for (besides `nudge()` after a write): 1 s. */
  pollIntervalMs?: number;
  /** The longest wait between two attempts: 5 min (OUTBOX_MAX_BACKOFF_MS). */
  maxBackoffMs?: number;
  /**
   * Events claimed at a time: 5, or 25 with `laneOf`. Without `laneOf` they are delivered one after another, in
   * the order they were written.
   */
  batchSize?: number;
  /**
   * The lane an event is delivered in: events of one lane one after another, in the order they were written;
   * lanes side by side (at most `lanes` at once). For topics whose events are independent of each other (one
   * e-mail each), so that one slow delivery does not hold up the rest; events whose order matters (a
   * certificate issued, then annulled) share a lane. Unset: one lane for everything.
   */
  laneOf?: (event: OutboxEvent) => string;
  /** Lanes delivered at once: 8 (OUTBOX_LANES). */
  lanes?: number;
  /** The longest one delivery is waited for; after it the outcome is unknown and the event is retried: 30 s. */
  deliveryTimeoutMs?: number;
  /** Delivered events are deleted this long after delivery: 7 days (OUTBOX_RETENTION_DAYS). */
  retentionDays?: number;
  /** How often delivered events are pruned and dead ones counted: 1 h. */
  pruneIntervalMs?: number;
  /** Where the relay's lines go (the tests read them); by default the console, through the process's throttle. */
  log?: (level: LogLevel, line: string) => void;
}
