import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Request, Response } from 'express';
import { Caller, jsonErrorHandler, jsonNotFound, keepIdleConnectionsLong } from '@pfdo/platform';
import { GatewayConfig, SubgraphName } from './config';
import { GatewayContext } from './context';
import { formatGatewayError } from './errors';
import { CERTIFICATES_ROUTES, SCAN_UPLOAD_TIMEOUT_MS, sameOriginPostsOnly, subgraphRouteProxy } from './http-proxy';
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

export interface RunningGateway {
  server: Server;
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
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    // The URLs come from configuration, not from the composed file, so one supergraph fits every deployment.
    buildService: ({ name }) =>
      new SubgraphDataSource(
        config.subgraphUrls[name as SubgraphName],
        config.secret,
        sessions,
        config.subgraphTimeoutMs,
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
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: 'gateway' });
  });
  /** Who is calling: the session cookie's user, or no one. */
  const callerOf = async (req: Request, res: Response): Promise<Caller> => {
    const caller: Caller = {
      identity: null,
      clientIp: req.ip ?? '',
      requestId: requestIdOf(req.header('x-request-id')),
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

  const certificates = subgraphRouteProxy(
    config.subgraphUrls.certificates,
    config.secret,
    callerOf,
    config.subgraphTimeoutMs,
  );
  const { scanUpload, applicationFormPdf } = CERTIFICATES_ROUTES;
  app.post(
    scanUpload.path,
    sameOriginPostsOnly(config.webOrigins),
    certificates(scanUpload.upstream, SCAN_UPLOAD_TIMEOUT_MS),
  );
  app.get(applicationFormPdf.path, certificates(applicationFormPdf.upstream));
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GatewayContext> => ({ caller: await callerOf(req, res) }),
    }),
  );
  app.use(jsonNotFound);
  app.use(jsonErrorHandler('gateway'));

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.bindHost, () => resolve(listening));
    listening.once('error', reject);
  });
  keepIdleConnectionsLong(server);
  console.log(`gateway ready at http://localhost:${config.port}/graphql`);
  return {
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await revocations?.close();
    },
  };
}
