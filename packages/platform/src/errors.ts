import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values programs rely on. Messages are Russian and may change; codes may not.
 */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  NotFound: 'NOT_FOUND',
  RateLimited: 'RATE_LIMITED',
  /** A deadline passed: a statement, a lock or a free database connection took too long. Worth retrying soon. */
  ServiceBusy: 'SERVICE_BUSY',
  /** A service this one needs (its database, another subgraph) cannot be reached at the moment. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function domainError(
  code: ErrorCode | string,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = () => domainError(ErrorCode.Unauthenticated, 'Требуется вход в систему');

export const forbidden = () => domainError(ErrorCode.Forbidden, 'Недостаточно прав для этого действия');

/** Too many attempts: the caller may try again after `retryAfterSeconds` (a whole number, at least 1). */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  domainError(ErrorCode.RateLimited, message, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

/**
 * A form's fields in error: the message names them all, `extensions.fields` maps each field's path (as the
 * client sent it, e.g. `child.birthDate`) to its message, and `extensions.field` names the first.
 */
export function invalidFields(fields: Record<string, string>): GraphQLError {
  return domainError(ErrorCode.BadUserInput, Object.values(fields).join('. '), {
    field: Object.keys(fields)[0],
    fields,
  });
}

export const internalError = () =>
  domainError(ErrorCode.Internal, 'Внутренняя ошибка сервера. Попробуйте повторить позже');
