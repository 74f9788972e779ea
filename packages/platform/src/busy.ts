import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { domainError, ErrorCode } from './errors';

/** What a caller is told when a deadline of this service passed: nothing is wrong with the request itself. */
export const SERVICE_BUSY_MESSAGE = 'Сервис перегружен, повторите запрос через минуту';
export const SERVICE_BUSY_RETRY_AFTER_SECONDS = 60;

/** PostgreSQL's codes for a statement cancelled by statement_timeout, and for a lock not had within lock_timeout. */
const QUERY_CANCELED = '57014';
const LOCK_NOT_AVAILABLE = '55P03';
/**
 * pg-pool's errors when no connection was had within connectionTimeoutMillis: all were in use, or opening a
 * new one took too long. They carry no code, only these messages.
 */
const POOL_TIMEOUTS = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/** Work this service refused or abandoned because it could not be done in time (a queue full, a task too slow). */
export class ServiceBusyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ServiceBusyError';
  }
}

/** Which deadline passed, for the log; null when the error is not a deadline at all. */
export function deadlineOf(error: unknown): string | null {
  if (error instanceof ServiceBusyError) return error.message;
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (code === QUERY_CANCELED) return 'statement_timeout (57014)';
  if (code === LOCK_NOT_AVAILABLE) return 'lock_timeout (55P03)';
  if (POOL_TIMEOUTS.includes(error.message)) return 'no free database connection in time';
  return null;
}

export function isServiceBusy(error: unknown): boolean {
  return deadlineOf(error) !== null;
}

/** SERVICE_BUSY for GraphQL: the Russian message and when to try again. */
export function serviceBusy(path?: ReadonlyArray<string | number>): GraphQLError {
  const error = domainError(ErrorCode.ServiceBusy, SERVICE_BUSY_MESSAGE, {
    retryAfterSeconds: SERVICE_BUSY_RETRY_AFTER_SECONDS,
  });
  return path ? new GraphQLError(error.message, { path, extensions: error.extensions }) : error;
}

/** SERVICE_BUSY on a plain HTTP route: 503 with Retry-After, in the routes' `{ error: { code, message } }` shape. */
export function answerServiceBusy(response: Response): void {
  response
    .status(503)
    .setHeader('retry-after', String(SERVICE_BUSY_RETRY_AFTER_SECONDS))
    .json({
      error: {
        code: ErrorCode.ServiceBusy,
        message: SERVICE_BUSY_MESSAGE,
        retryAfterSeconds: SERVICE_BUSY_RETRY_AFTER_SECONDS,
      },
    });
}
