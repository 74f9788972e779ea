import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Request, Response, NextFunction, Router } from 'express';
import { GraphQLSchema } from 'graphql';
import { ServiceConfig } from './config';
import { CREDENTIAL_HEADER, InvalidCredentialError, verifyCredential } from './credential';
import { SqlStatementCounter } from './database';
import { maskInternalErrors } from './error-masking';
import { ErrorCode } from './errors';
import { operationRoutes, ReadinessCheck } from './health';
import { jsonErrorHandler, jsonNotFound } from './http-server';
import { Caller } from './identity';
import { keepIdleConnectionsLong } from './keep-alive';
import { logger } from './logger';
import { graphqlMetricsPlugin, httpMetrics } from './metrics';
import { requestLog, requestLogPlugin } from './request-log';
import { commitDeadlineOf, requestScope, TIME_BUDGET_HEADER } from './request-scope';

export interface SubgraphServerOptions<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  config: ServiceConfig;
  counter: SqlStatementCounter;
  createContext(caller: Caller, response: Response): TContext;
  /** Extra HTTP routes of this subgraph; like /graphql, they are reachable only with a gateway credential. */
  routes?(router: Router): void;
  /** What /ready checks: the database, and any dependency the subgraph cannot serve without. */
  readiness?: Record<string, ReadinessCheck>;
}

/** A context may ask for work once its response is known (e.g. writing the audit of what was read). */
export interface AfterResponse {
  afterResponse?(): Promise<void>;
}

const afterResponsePlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        await (contextValue as AfterResponse).afterResponse?.();
      },
    };
  },
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function callerOf(response: Response): Caller {
  return response.locals.caller as Caller;
}

function refuse(response: Response, message: string): void {
  response.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.Unauthenticated } }] });
}

/** Every route but the operations' (/health, /ready, /metrics) demands a valid credential minted by the gateway: nothing bypasses it. */
function requireGatewayCredential(secret: string) {
  return async (request: Request, response: Response, next: NextFunction) => {
    const token = request.header(CREDENTIAL_HEADER);
    if (!token) {
      refuse(response, 'Подграф принимает запросы только через шлюз');
      return;
    }
    let caller: Caller;
    try {
      caller = await verifyCredential(token, secret);
    } catch (error) {
      if (!(error instanceof InvalidCredentialError)) throw error;
      refuse(response, 'Удостоверение шлюза недействительно или просрочено');
      return;
    }
    response.locals.caller = caller;
    requestScope.run({ requestId: caller.requestId, commitDeadline: commitDeadlineFrom(request) }, next);
  };
}

/** The latest a request's transaction may commit, from the caller's time budget; none when it sent none. */
function commitDeadlineFrom(request: Request): number | undefined {
  const budget = Number(request.header(TIME_BUDGET_HEADER));
  return Number.isFinite(budget) && budget > 0 ? commitDeadlineOf(budget) : undefined;
}

export async function startSubgraphServer<TContext extends object>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const { name, config, counter } = options;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalErrors(name),
    plugins: [ApolloServerPluginInlineTraceDisabled(), afterResponsePlugin, graphqlMetricsPlugin, requestLogPlugin],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(httpMetrics);
  const operations = operationRoutes(app, name, options.readiness ?? {}, { metrics: config.metrics });
  app.use(requireGatewayCredential(config.gatewaySecret));
  app.use(requestLog);
  if (config.exposeSqlStats) {
    app.get('/internal/sql-stats', (request, response) => {
      const requestId = typeof request.query.requestId === 'string' ? request.query.requestId : null;
      response.json({ statements: requestId ? counter.countOf(requestId) : counter.count });
    });
  }
  if (options.routes) {
    const router = Router();
    options.routes(router);
    app.use(router);
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => options.createContext(callerOf(res), res),
    }),
  );
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(name));

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.bindHost, () => resolve(listening));
    listening.once('error', reject);
  });
  keepIdleConnectionsLong(server);
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, `subgraph ${name} ready at http://localhost:${port}/graphql`);
  return {
    url: `http://localhost:${port}/graphql`,
    close: async () => {
      operations.drain();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
