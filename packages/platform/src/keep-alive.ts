import { Server } from 'node:http';

/**
 * Our services keep HTTP connections to each other open between requests, and either side may close an
 * idle one. If the server closes it just as the client sends the next request on it, that request is lost
 * (ECONNRESET, «socket hang up») and the user sees «Внутренняя ошибка сервера». On a loaded machine a
 * process stalls for a second or more and the two cross. So the client always gives an idle connection up
 * first, with a margin wider than any stall: a server keeps an idle connection for a minute, our clients
 * for a few seconds.
 */
export const SERVER_KEEP_ALIVE_MS = 65_000;
/** How long our clients keep an idle connection: Node's own fetch (undici) gives one up after 4 s unless told more. */
export const CLIENT_IDLE_CONNECTION_MS = 4_000;

/** A server of ours keeps idle connections long: the clients close them. */
export function keepIdleConnectionsLong(server: Server): void {
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  // Above the keep-alive timeout, as Node advises, so that a kept connection is never cut by this one.
  server.headersTimeout = SERVER_KEEP_ALIVE_MS + 1_000;
}
