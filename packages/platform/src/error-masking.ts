import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './errors';

/**
 * Errors a service raises on purpose carry a code and a Russian message and pass as they are; anything
 * else is a fault: it is logged here and the caller sees a generic message, never a stack or SQL.
 */
export function maskInternalErrors(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.Internal) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    console.error(`[${service}] internal error:`, unwrapResolverError(error));
    return {
      message: 'Внутренняя ошибка сервера. Попробуйте повторить позже',
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  };
}
