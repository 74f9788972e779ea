import { GraphQLError } from 'graphql';
import { domainError, ErrorCode } from './errors';

/** The kind of connection failure an error (one link of its chain) is, or null when it is none. */
type Classifier = (error: ErrorFields) => string | null;

interface ErrorFields {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

/** SQLSTATEs of a server that is going away or not yet there (class 08 is «connection exception»). */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
/** Socket errors of the pg driver (and of fetch's undici underneath) when the other end is not there. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

const codeIn =
  (codes: Set<string>): Classifier =>
  ({ code }) =>
    typeof code === 'string' && codes.has(code) ? code : null;

/**
 * Failures that mean «the database (or another service) cannot be reached right now», not «this request is
 * wrong» or «the code is wrong»: a restart of PostgreSQL, a dropped connection. They are answered with
 * SERVICE_UNAVAILABLE and logged as one line per kind, never as a stack trace per request. Statement, lock
 * and pool deadlines are SERVICE_BUSY, classified elsewhere.
 */
const CONNECTION_FAILURES: Classifier[] = [
  // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down).
  codeIn(UNAVAILABLE_SQLSTATES),
  ({ code }) => (typeof code === 'string' && /^08[0-9A-Z]{3}$/.test(code) ? code : null),
  codeIn(UNAVAILABLE_SOCKET_CODES),
  // pg's own words when the server closes the socket under a client: no code at all.
  ({ message }) =>
    typeof message === 'string' &&
    /Connection terminated|Client has encountered a connection error|Connection ended unexpectedly/i.test(message)
      ? 'connection-terminated'
      : null,
  // TypeORM releases a query runner whose connection broke; the next statement of its transaction then
  // fails with this, not with the connection's own error.
  ({ name }) =>
    name === 'QueryRunnerProviderAlreadyReleasedError' || name === 'QueryRunnerAlreadyReleasedError'
      ? 'query-runner-released'
      : null,
];

/** The error and what it wraps: TypeORM's driverError, GraphQL's originalError, `cause`, AggregateError's errors. */
function* chainOf(error: unknown, depth = 0): Generator<ErrorFields> {
  if (!error || typeof error !== 'object' || depth > 5) return;
  yield error as ErrorFields;
  const { driverError, originalError, cause, errors } = error as Record<string, unknown>;
  for (const inner of [driverError, originalError, cause]) yield* chainOf(inner, depth + 1);
  if (Array.isArray(errors)) for (const inner of errors) yield* chainOf(inner, depth + 1);
}

export interface ConnectionFailure {
  /** What the throttled log groups by: the error code, or `connection-terminated` for pg's code-less ones. */
  kind: string;
  /** One line: `connect ECONNREFUSED 127.0.0.1:5433`, `57P01 terminating connection due to administrator command`. */
  description: string;
}

/** The connection failure an error is (or wraps), or null when it is anything else. */
export function connectionFailureOf(error: unknown): ConnectionFailure | null {
  for (const link of chainOf(error)) {
    for (const classify of CONNECTION_FAILURES) {
      const kind = classify(link);
      if (!kind) continue;
      const message = String(link.message ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      return {
        kind,
        description: message.includes(kind) || !/^[0-9A-Z]{5}$/.test(kind) ? message : `${kind} ${message}`,
      };
    }
  }
  return null;
}

/** Whether an error (or anything it wraps) says the database or a service could not be reached. */
export function isConnectionFailure(error: unknown): boolean {
  return connectionFailureOf(error) !== null;
}

/**
 * How long a client is asked to wait: a PostgreSQL restart takes a few seconds to a few tens of seconds,
 * and a client that comes back after 5 s neither hammers a recovering server nor waits long after it is back.
 */
export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE = 'Сервис временно недоступен. Попробуйте позже';

/** SERVICE_UNAVAILABLE: the same request may be sent again in a few seconds. */
export function serviceUnavailable(path?: ReadonlyArray<string | number>): GraphQLError {
  const error = domainError(ErrorCode.ServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE, {
    retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
  });
  return path ? new GraphQLError(error.message, { path, extensions: error.extensions }) : error;
}
