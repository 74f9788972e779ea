import type { NextFunction, Request, Response } from 'express';
import { answerServiceBusy, deadlineOf } from './busy';
import {
  connectionFailureOf,
  SERVICE_UNAVAILABLE_MESSAGE,
  SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './connection-failures';
import { ErrorCode } from './errors';
import { logThrottle } from './log-throttle';
import { logger } from './logger';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/** What a client did wrong, by body-parser's error type: a code for programs and a Russian message. */
const CLIENT_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'MALFORMED_JSON', message: 'Тело запроса не является корректным JSON' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'Запрос слишком большой' },
  'encoding.unsupported': { code: 'BAD_REQUEST', message: 'Кодировка запроса не поддерживается' },
  'charset.unsupported': { code: 'BAD_REQUEST', message: 'Кодировка запроса не поддерживается' },
};

function errorBody(code: string, message: string) {
  // The shape of a GraphQL error, so that a client of /graphql reads it as it reads any other.
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Express's own error and not-found pages are HTML with a stack trace and file paths; every service ends
 * its middleware with these two instead: JSON, a stable code, a Russian message, and nothing about how
 * the service is built. A deadline that passed on a plain route (a PDF form, an upload, an event) is
 * 503 SERVICE_BUSY with Retry-After, in the plain routes' own shape.
 */
export function jsonNotFound(_request: Request, response: Response): void {
  response.status(404).json(errorBody(ErrorCode.NotFound, 'Адрес не найден'));
}

export function jsonErrorHandler(service: string) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const deadline = deadlineOf(error);
    if (deadline) {
      logThrottle.log(
        `${service}:busy:${deadline}`,
        `[${service}] busy: ${deadline} at ${request.method} ${request.path}`,
        'warn',
      );
      answerServiceBusy(response);
      return;
    }
    const { status, statusCode, type } = (error ?? {}) as HttpError;
    const httpStatus = status ?? statusCode ?? 500;
    if (httpStatus >= 400 && httpStatus < 500) {
      const known = (type && CLIENT_ERRORS[type]) || { code: 'BAD_REQUEST', message: 'Некорректный запрос' };
      response.status(httpStatus).json(errorBody(known.code, known.message));
      return;
    }
    const failure = connectionFailureOf(error);
    if (failure) {
      logThrottle.log(
        `${service}:unavailable:${failure.kind}`,
        `[${service}] service unavailable: ${failure.description}`,
        'warn',
      );
      response.setHeader('retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS));
      response.status(503).json(errorBody(ErrorCode.ServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE));
      return;
    }
    logger.error({ err: error, method: request.method, path: request.path }, `[${service}] internal error`);
    response.status(500).json(errorBody(ErrorCode.Internal, 'Внутренняя ошибка сервера. Попробуйте повторить позже'));
  };
}
