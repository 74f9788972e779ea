import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { deadlineOf, serviceBusy } from './busy';
import { connectionFailureOf, ConnectionFailure, serviceUnavailable } from './connection-failures';
import { ErrorCode } from './errors';
import { logThrottle } from './log-throttle';
import { logger } from './logger';

/** Extensions that say how the system is built (which subgraph, where in the code), never for callers. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'serviceName', 'exception'];

/**
 * Errors a service raises on purpose carry a code and a Russian message and pass as they are; a deadline
 * that passed (a statement, a lock, a free connection, a render) is SERVICE_BUSY, worth retrying; anything
 * else is a fault: it is logged here and the caller sees a generic message, never a stack or SQL.
 */
export function maskInternalErrors(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const deadline = deadlineOf(unwrapResolverError(error));
    if (deadline) {
      logThrottle.log(
        `${service}:busy:${deadline}`,
        `[${service}] busy: ${deadline}${formatted.path ? ` at ${formatted.path.join('.')}` : ''}`,
        'warn',
      );
      const busy = serviceBusy();
      return { message: busy.message, path: formatted.path, extensions: busy.extensions };
    }
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.Internal) {
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([name]) => !INTERNAL_EXTENSIONS.includes(name)),
      );
      return { ...formatted, extensions };
    }
    const unwrapped = unwrapResolverError(error);
    const failure = connectionFailureOf(unwrapped);
    if (failure) return unavailable(service, failure, formatted);
    logger.error({ err: unwrapped, path: formatted.path }, `[${service}] internal error`);
    return {
      message: 'Внутренняя ошибка сервера. Попробуйте повторить позже',
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  };
}

/** The database or a service this one needs is down: SERVICE_UNAVAILABLE, and one line per kind in the log. */
function unavailable(
  service: string,
  failure: ConnectionFailure,
  formatted: GraphQLFormattedError,
): GraphQLFormattedError {
  logThrottle.log(
    `${service}:unavailable:${failure.kind}`,
    `[${service}] service unavailable: ${failure.description}`,
    'warn',
  );
  const { message, extensions } = serviceUnavailable();
  return { message, path: formatted.path, extensions };
}
