import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request a piece of work belongs to: the statement counter tells requests' costs apart by it, and the
 * logger writes its id on every line written while it runs. The gateway mints the id; subgraphs take it from
 * the credential; an outbox event carries it to the work it causes later, in another service.
 */
/** The header that names the request on every call between the services (the credential carries it too). */
export const REQUEST_ID_HEADER = 'x-request-id';

export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request whose work is running, or undefined outside of one. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId || undefined;
}
