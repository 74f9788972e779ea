import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Caller } from '@pfdo/platform/credential';
import { ErrorCode } from '@pfdo/platform/errors';
import { jsonErrorHandler, jsonNotFound, keepIdleConnectionsLong } from '@pfdo/platform/http';
import {
  graphqlMetricsPlugin,
  httpMetrics,
  logger,
  operationRoutes,
  REQUEST_ID_HEADER,
  requestLog,
  requestLogPlugin,
  requestScope,
} from '@pfdo/platform/observability';
import { GatewayConfig, SubgraphName } from './config';
import { GatewayContext } from './context';
import { formatGatewayError } from './errors';
import {
  CERTIFICATES_ROUTES,
  NAVIGATOR_ROUTES,
  SCAN_UPLOAD_TIMEOUT_MS,
  sameOriginPostsOnly,
  subgraphRouteProxy,
} from './http-proxy';
import { apiKeyWithSession, bearerKeyFrom, invalidApiKey, PartnerKeyResolver } from './partner-keys';
import { PartnerLimits } from './partner-limits';
import { RegisteredOperations } from './partner-operations';
import { partnerLimitHeaders, partnerLimitReached, partnerPlugin } from './partner-plugin';
import { PartnerUsageRecorder } from './partner-usage';
import {
  earlyRefusalPlugin,
  rateLimitedStatusPlugin,
  serviceUnavailableStatusPlugin,
  sessionCookiePlugin,
} from './plugins';
import { queryLimits } from './query-limits';
import { clearedSessionCookie, SessionResolver, sessionTokenFrom } from './session';
import { SessionCache, SessionRevocationListener } from './session-cache';
import { SubgraphDataSource } from './subgraph-data-source';
import { variableChecksPlugin } from './variable-checks';

/** A caller's own request id is kept, for tracing across the subgraphs' logs, when it looks like one. */
function requestIdOf(header: string | undefined): string {
  return header && /^[A-Za-z0-9-]{8,64}$/.test(header) ? header : randomUUID();
}

/**
 * Names every request: the id goes back to the client in a header, onto every log line of the work it
 * causes here, and to the subgraphs in the credential and the same header.
 */
function withRequestId(request: Request, response: Response, next: NextFunction): void {
  const requestId = requestIdOf(request.header(REQUEST_ID_HEADER));
  response.locals.requestId = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  requestScope.run({ requestId }, next);
}

export interface RunningGateway {
  server: Server;
  /** The resolved sessions kept in memory, when SESSION_CACHE_TTL_MS and DATABASE_URL turn the cache on. */
  sessionCache: SessionCache | null;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  // Sessions are kept a few seconds only while revocations are heard (README, «Sessions through the gateway»).
  const sessionCache =
    config.sessionCacheTtlMs > 0 && config.databaseUrl
      ? new SessionCache({ ttlMs: config.sessionCacheTtlMs, max: config.sessionCacheMax })
      : null;
  const revocations = sessionCache ? new SessionRevocationListener(config.databaseUrl, sessionCache) : null;
  await revocations?.ensure();
  const sessions = new SessionResolver(
    config.subgraphUrls.organizations,
    config.secret,
    config.sessionLookupTimeoutMs,
    sessionCache,
    revocations,
  );
  const partnerKeys = new PartnerKeyResolver(
    config.subgraphUrls.organizations,
    config.secret,
    config.sessionLookupTimeoutMs,
    sessionCache,
    revocations,
  );
  const partnerLimits = await PartnerLimits.start(config.databaseUrl);
  const partnerUsage = new PartnerUsageRecorder(config.subgraphUrls.organizations, config.secret);
  const registeredOperations = new RegisteredOperations(
    config.subgraphUrls.organizations,
    config.secret,
    config.sessionLookupTimeoutMs,
  );
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    // The URLs come from configuration, not from the composed file, so one supergraph fits every deployment.
    buildService: ({ name }) =>
      new SubgraphDataSource(
        config.subgraphUrls[name as SubgraphName],
        config.secret,
        sessions,
        config.subgraphTimeoutMs,
        partnerKeys,
      ),
  });
  const limits = queryLimits();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection !== 'off',
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      earlyRefusalPlugin(config.introspection),
      variableChecksPlugin,
      sessionCookiePlugin(config.secureCookies),
      rateLimitedStatusPlugin,
      serviceUnavailableStatusPlugin,
      // After the status plugins: the usage audit records the status they set.
      partnerPlugin(partnerLimits, partnerUsage),
      graphqlMetricsPlugin,
      requestLogPlugin,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(httpMetrics);
  // Apollo's start has loaded and planned the supergraph by now: what the gateway needs to serve.
  const operations = operationRoutes(
    app,
    'gateway',
    { supergraph: async () => apollo.assertStarted('ready') },
    { metrics: config.metrics },
  );
  app.use(withRequestId);
  app.use(requestLog);
  /** Who is calling: the session cookie's user, or no one. */
  const callerOf = async (req: Request, res: Response): Promise<Caller> => {
    const caller: Caller = {
      identity: null,
      clientIp: req.ip ?? '',
      requestId: res.locals.requestId as string,
      sessionId: null,
    };
    const token = sessionTokenFrom(req.headers.cookie);
    if (!token) return caller;
    const resolved = await sessions.resolve(token, caller);
    if (!resolved) {
      // An expired or closed session: forget the cookie and carry on as anonymous.
      res.append('set-cookie', clearedSessionCookie(config.secureCookies));
      return caller;
    }
    return { ...caller, identity: resolved.identity, sessionId: resolved.sessionId };
  };

  /**
   * Who is calling GraphQL: a partner's key (`Authorization: Bearer`, never a cookie, never both), counted
   * against its requests per minute at the door; otherwise the session cookie's user, or no one. The plain
   * HTTP routes (uploads, PDF forms) take sessions only.
   */
  const graphqlContextOf = async (req: Request, res: Response): Promise<GatewayContext> => {
    const key = bearerKeyFrom(req.headers.authorization);
    if (key === null) return { caller: await callerOf(req, res) };
    if (sessionTokenFrom(req.headers.cookie)) throw apiKeyWithSession();
    if (key === 'malformed') throw invalidApiKey();
    const caller: Caller = {
      identity: null,
      clientIp: req.ip ?? '',
      requestId: res.locals.requestId as string,
      sessionId: null,
    };
    const partner = await partnerKeys.resolve(key, caller);
    if (!partner) throw invalidApiKey();
    /** A request refused at the door is in the usage audit too (the plugin that records calls never sees it). */
    const recordRefusal = (httpStatus: number, code: ErrorCode) => {
      const body = req.body as { operationName?: unknown } | undefined;
      partnerUsage.record({
        keyId: partner.keyId,
        operationName: typeof body?.operationName === 'string' ? body.operationName.slice(0, 200) : null,
        cost: 0,
        httpStatus,
        code,
        occurredAt: new Date().toISOString(),
        requestId: caller.requestId.slice(0, 64),
      });
    };
    const charge = await partnerLimits.countRequest(partner.keyId, partner.limits.requestsPerMinute);
    if (charge.retryAfterSeconds !== null) {
      const costBudget = await partnerLimits.costBudget(partner.keyId, partner.limits.costPerMinute);
      recordRefusal(429, ErrorCode.RateLimited);
      const error = partnerLimitReached('requests', charge.retryAfterSeconds, charge.budget);
      const headers = partnerLimitHeaders({ requests: charge.budget, costBudget });
      headers.set('retry-after', String(charge.retryAfterSeconds));
      headers.set('cache-control', 'no-store');
      error.extensions.http = { status: 429, headers };
      throw error;
    }
    try {
      await registeredOperations.apply(req.body, partner, caller);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ErrorCode.OperationNotRegistered) {
        recordRefusal(403, ErrorCode.OperationNotRegistered);
      }
      throw error;
    }
    return {
      caller: { ...caller, identity: partner.identity },
      partner: { keyId: partner.keyId, limits: partner.limits, requests: charge.budget },
    };
  };

  const certificates = subgraphRouteProxy(
    config.subgraphUrls.certificates,
    config.secret,
    callerOf,
    config.subgraphTimeoutMs,
  );
  const { scanUpload, applicationFormPdf, regulationUpload, regulationPdf, reportCsv } = CERTIFICATES_ROUTES;
  app.post(
    scanUpload.path,
    sameOriginPostsOnly(config.webOrigins),
    certificates(scanUpload.upstream, SCAN_UPLOAD_TIMEOUT_MS),
  );
  app.get(applicationFormPdf.path, certificates(applicationFormPdf.upstream));
  app.post(
    regulationUpload.path,
    sameOriginPostsOnly(config.webOrigins),
    certificates(regulationUpload.upstream, SCAN_UPLOAD_TIMEOUT_MS),
  );
  app.get(regulationPdf.path, certificates(regulationPdf.upstream));
  app.get(reportCsv.path, certificates(reportCsv.upstream));
  const navigator = subgraphRouteProxy(
    config.subgraphUrls.navigator,
    config.secret,
    callerOf,
    config.subgraphTimeoutMs,
  );
  app.get(NAVIGATOR_ROUTES.scheduleIcal.path, navigator(NAVIGATOR_ROUTES.scheduleIcal.upstream));
  const { portfolioUpload, portfolioFile } = NAVIGATOR_ROUTES;
  app.post(
    portfolioUpload.path,
    sameOriginPostsOnly(config.webOrigins),
    navigator(portfolioUpload.upstream, SCAN_UPLOAD_TIMEOUT_MS),
  );
  app.get(portfolioFile.path, navigator(portfolioFile.upstream));
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => graphqlContextOf(req, res),
    }),
  );
  app.use(jsonNotFound);
  app.use(jsonErrorHandler('gateway'));

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.bindHost, () => resolve(listening));
    listening.once('error', reject);
  });
  keepIdleConnectionsLong(server);
  logger.info({ port: config.port }, `gateway ready at http://localhost:${config.port}/graphql`);
  return {
    server,
    sessionCache,
    close: async () => {
      operations.drain();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await partnerUsage.close();
      await partnerLimits.close();
      await revocations?.close();
    },
  };
}
