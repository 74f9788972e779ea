import path from 'node:path';
import type { MetricsAccess } from '@pfdo/platform';
import { DEV_DATABASE_URL, EnvReader } from '@pfdo/platform/config';
import { serviceUrl, SERVICES, SUBGRAPH_NAMES, SubgraphName, urlVariableOf } from '@pfdo/platform/services';

export { SUBGRAPH_NAMES };
export type { SubgraphName };

/**
 * Who may introspect the schema: everyone (development: Sandbox, codegen and rover work unsigned),
 * signed-in callers only (production's default; partners with a key, when keys exist), or no one.
 */
export const INTROSPECTION_MODES = ['on', 'signed-in', 'off'] as const;
export type IntrospectionMode = (typeof INTROSPECTION_MODES)[number];

export interface GatewayConfig {
  port: number;
  /** The address the gateway listens on (BIND_HOST, 127.0.0.1 by default). */
  bindHost: string;
  secret: string;
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Secure cookies need HTTPS; on in production. */
  secureCookies: boolean;
  /** Express's `trust proxy`: how the client's IP is read behind a reverse proxy. */
  trustProxy: boolean | number | string;
  introspection: IntrospectionMode;
  /** The longest a subgraph call may take (the slowest legitimate one: a PDF form, a page of 100 applications). */
  subgraphTimeoutMs: number;
  /** The longest the session lookup of each request may take: it comes before everything else. */
  sessionLookupTimeoutMs: number;
  /**
   * The organizations database, only to LISTEN for ended sessions (SESSION_REVOKED_CHANNEL); empty: no cache of
   * sessions (production without DATABASE_URL).
   */
  databaseUrl: string;
  /** How long a resolved session is answered from memory; 0: every request asks the organizations subgraph. */
  sessionCacheTtlMs: number;
  /** How many resolved sessions are kept at most. */
  sessionCacheMax: number;
  /** Origins whose pages may post to the gateway's upload route besides its own (the web app's). */
  webOrigins: string[];
  /** Who may read GET /metrics: partners reach the gateway, so in production only a METRICS_TOKEN holder. */
  metrics: MetricsAccess;
  production: boolean;
}

/** A URL's origin; an invalid URL is reported by the reader, and allows no origin meanwhile. */
function originOf(url: string): string {
  return URL.canParse(url) ? new URL(url).origin : '';
}

export function readGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, reader.url(urlVariableOf(name), ['http', 'https'], serviceUrl(name))]),
  ) as Record<SubgraphName, string>;
  const trustProxy = reader.string('TRUST_PROXY', 'false');
  const config: GatewayConfig = {
    port: reader.port(SERVICES.gateway.portVariable, SERVICES.gateway.defaultPort),
    bindHost: reader.bindHost(),
    secret: reader.gatewaySecret(),
    supergraphPath: reader.string('SUPERGRAPH_PATH', path.resolve(__dirname, '../../schema/supergraph.graphql')),
    subgraphUrls,
    secureCookies: reader.boolean('COOKIE_SECURE', reader.production),
    // Express reads a number as the count of proxies in front, and a string as their addresses.
    trustProxy:
      trustProxy === 'true'
        ? true
        : trustProxy === 'false'
          ? false
          : /^\d+$/.test(trustProxy)
            ? Number(trustProxy)
            : trustProxy,
    introspection: reader.oneOf('GRAPHQL_INTROSPECTION', INTROSPECTION_MODES, reader.production ? 'signed-in' : 'on'),
    subgraphTimeoutMs: reader.positiveInteger('SUBGRAPH_TIMEOUT_MS', 10_000),
    sessionLookupTimeoutMs: reader.positiveInteger('SESSION_LOOKUP_TIMEOUT_MS', 3_000),
    databaseUrl: reader.url('DATABASE_URL', ['postgres', 'postgresql'], reader.production ? '' : DEV_DATABASE_URL),
    sessionCacheTtlMs:
      reader.parsed('SESSION_CACHE_TTL_MS', (raw) => {
        const value = Number(raw);
        if (!Number.isSafeInteger(value) || value < 0) throw new Error('a whole number of milliseconds, 0 or more');
        return value;
      }) ?? 5_000,
    sessionCacheMax: reader.positiveInteger('SESSION_CACHE_MAX', 10_000),
    webOrigins: [originOf(reader.url(urlVariableOf('web'), ['http', 'https'], serviceUrl('web')))],
    metrics: reader.metricsAccess(true),
    production: reader.production,
  };
  reader.done();
  return config;
}
