import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { logger } from './logger';
import { currentRequestId } from './request-scope';

/** Routes whose requests are not logged: the probes of the orchestrator and Prometheus come every few seconds. */
const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);

/**
 * One line per HTTP request once it is answered (GraphQL requests get theirs from requestLogPlugin, with the
 * operation's name): the route's path (ids, never personal data), the status and the time taken.
 */
export function requestLog(request: Request, response: Response, next: NextFunction): void {
  if (QUIET_ROUTES.has(request.path) || request.path === '/graphql' || request.baseUrl === '/graphql') {
    next();
    return;
  }
  const started = performance.now();
  const requestId = currentRequestId();
  response.once('finish', () => {
    logger.info(
      {
        requestId,
        method: request.method,
        path: request.path,
        status: response.statusCode,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  next();
}

/** One line per GraphQL operation: its name, the codes of its errors, the time taken. Never its variables. */
export const requestLogPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ request, operationName, response, errors }) {
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const codes = (body?.errors ?? errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
        const line = {
          operation: operationName ?? request.operationName ?? null,
          status: response.http.status ?? 200,
          ...(codes.length > 0 && { errors: codes }),
          ms: Math.round(performance.now() - started),
        };
        if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR')) logger.error(line, 'graphql operation');
        else logger.info(line, 'graphql operation');
      },
    };
  },
};
