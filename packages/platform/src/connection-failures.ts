import { GraphQLError } from 'graphql';
import { domainError, ErrorCode } from './errors';

/**
 * Failures that mean «the database (or another service) cannot be reached right now», not «this request is
 * wrong» or «the code is wrong»: a restart of PostgreSQL, a dropped connection. They are answered with
 * SERVICE_UNAVAILABLE and logged as one line, never as a stack trace per request. Statement, lock and pool
 * deadlines are SERVICE_BUSY, classified elsewhere.
 */
type Classifier = (error: ErrorFields) => boolean;

interface ErrorFields {
  code?: unknown;
  message?: unknown;
}

/** SQLSTATEs of a server that is going away or not yet there (class 08 is «connection exception»). */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
/** Socket errors of the pg driver (and of fetch's undici underneath) when the other end is not there. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

const CONNECTION_FAILURES: Classifier[] = [
  // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down).
  ({ code }) => typeof code === 'string' && UNAVAILABLE_SQLSTATES.has(code),
  ({ code }) => typeof code === 'string' && /^08[0-9A-Z]{3}$/.test(code),
  ({ code }) => typeof code === 'string' && UNAVAILABLE_SOCKET_CODES.has(code),
  // pg's own words when the server closes the socket under a client: no code at all.
  ({ message }) => typeof message === 'string' && /Connection terminated|Client has encountered a connection error|Connection ended unexpectedly/i.test(message),
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
    if (!CONNECTION_FAILURES.some((failure) => failure(link))) continue;
    const code = typeof link.code === 'string' ? link.code : null;
    const message = String(link.message ?? '').replace(/\s+/g, ' ').trim();
    return { kind: code ?? 'connection-terminated', description: code && !message.includes(code) ? `${code} ${message}` : message };
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
