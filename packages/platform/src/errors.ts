import { GraphQLError } from 'graphql';
import { ErrorCode } from '@pfdo/contracts';

// The codes are a contract between the services, the gateway and the web: they live in @pfdo/contracts.
export { ERROR_CODE_SDL, ERROR_CODES, ErrorCode, isErrorCode } from '@pfdo/contracts';

export function domainError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
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
