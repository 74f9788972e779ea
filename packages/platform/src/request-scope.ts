import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request a piece of work belongs to: the statement counter tells requests' costs apart by it, and the
 * logger writes its id on every line written while it runs. The gateway mints the id; subgraphs take it from
 * the credential; an outbox event carries it to the work it causes later, in another service.
 */
/** The header that names the request on every call between the services (the credential carries it too). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The time the caller gives a subgraph request, in milliseconds, as the gateway sends it (its own
 * `SUBGRAPH_TIMEOUT_MS`): a budget rather than a point in time, so that the hosts' clocks need not agree.
 */
export const TIME_BUDGET_HEADER = 'x-pfdo-time-budget-ms';

/**
 * What a subgraph keeps of the budget for the answer's way back (the mutation's result fields, the response):
 * a tenth of it, at most 1 s. A transaction still open when the rest has passed is not committed.
 */
export function commitDeadlineOf(budgetMs: number, now = Date.now()): number {
  return now + budgetMs - Math.min(1000, budgetMs / 10);
}

export interface RequestScope {
  requestId: string;
  /** When a transaction of this request may no longer commit (ms since the epoch): its caller gives up soon after. */
  commitDeadline?: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the request whose work is running, or undefined outside of one. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId || undefined;
}
