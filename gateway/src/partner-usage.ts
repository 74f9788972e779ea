import { ApiKeyUsageRecord, apiKeyUsageRoute } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, mintCredential } from '@pfdo/platform/credential';
import { logThrottle } from '@pfdo/platform/errors';

export interface UsageRecorderOptions {
  /** How often the queue is sent (and at once when a batch is full). */
  flushIntervalMs: number;
  /** Calls kept at most while organizations cannot take them; beyond, the newest are dropped and counted. */
  maxQueued: number;
}

/**
 * The usage audit of partner calls (README, «Partners»): each call is queued in memory as its answer leaves,
 * and sent to the organizations subgraph (which owns the keys and the usage table) in batches, so that no
 * request waits for it. The queue is bounded: while organizations is down the oldest calls are kept and the
 * ones beyond the bound are dropped, counted and logged, never slowing or refusing a partner's request.
 */
export class PartnerUsageRecorder {
  private queue: ApiKeyUsageRecord[] = [];
  private sending: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private readonly endpoint: string;
  /** Calls dropped because the queue was full, since start (for logs and tests). */
  dropped = 0;

  constructor(
    organizationsUrl: string,
    private readonly secret: string,
    private readonly options: UsageRecorderOptions = { flushIntervalMs: 1_000, maxQueued: 20_000 },
  ) {
    this.endpoint = new URL(apiKeyUsageRoute.path, organizationsUrl).toString();
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs);
    this.timer.unref();
  }

  record(record: ApiKeyUsageRecord): void {
    if (this.queue.length >= this.options.maxQueued) {
      this.dropped += 1;
      logThrottle.log(
        'gateway:partner-usage:dropped',
        `[gateway] partner usage queue full: ${this.dropped} calls dropped`,
      );
      return;
    }
    this.queue.push(record);
    if (this.queue.length >= apiKeyUsageRoute.maxRecords) void this.flush();
  }

  /** Sends what is queued, one batch after another; one sending at a time. */
  flush(): Promise<void> {
    if (!this.sending) {
      this.sending = this.sendAll().finally(() => {
        this.sending = null;
      });
    }
    return this.sending;
  }

  private async sendAll(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, apiKeyUsageRoute.maxRecords);
      if (!(await this.send(batch))) {
        // Back at the head, for the next tick; what came meanwhile past the bound is dropped, the newest first.
        this.queue.unshift(...batch);
        const excess = this.queue.length - this.options.maxQueued;
        if (excess > 0) {
          this.queue.splice(this.options.maxQueued, excess);
          this.dropped += excess;
        }
        return;
      }
    }
  }

  private async send(records: ApiKeyUsageRecord[]): Promise<boolean> {
    try {
      const credential = await mintCredential(
        { identity: null, clientIp: '', requestId: '', sessionId: null },
        this.secret,
      );
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CREDENTIAL_HEADER]: credential },
        body: JSON.stringify({ records }),
        signal: AbortSignal.timeout(5_000),
      });
      if (response.status === 400) {
        // A batch the contract refuses will never be taken: dropped, and said so.
        logThrottle.log(
          'gateway:partner-usage:refused',
          `[gateway] partner usage batch refused: ${await response.text()}`,
        );
        return true;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return true;
    } catch (error) {
      logThrottle.log('gateway:partner-usage:failed', `[gateway] partner usage not sent: ${(error as Error).message}`);
      return false;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
