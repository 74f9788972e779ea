import pLimit from 'p-limit';
import { ServiceBusyError } from './busy';

/**
 * Work in first-come order, `concurrency` pieces at once and at most `maxQueued` waiting; one more is
 * refused at once with ServiceBusyError, never queued unboundedly (p-limit keeps the order).
 */
export class BoundedQueue {
  private readonly limit: pLimit.Limit;

  constructor(
    private readonly concurrency: number,
    private readonly maxQueued: number,
    private readonly refusal = 'too much work waiting',
  ) {
    this.limit = pLimit(concurrency);
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    // p-limit starts a task on the next tick, so the bound is on running and waiting together.
    if (this.limit.activeCount + this.limit.pendingCount >= this.concurrency + this.maxQueued) {
      return Promise.reject(new ServiceBusyError(this.refusal));
    }
    return this.limit(work);
  }

  /** Running and waiting now, for tests and metrics. */
  get load(): { active: number; queued: number } {
    return { active: this.limit.activeCount, queued: this.limit.pendingCount };
  }
}
