import { EnvReader } from '@pfdo/platform';
import path from 'node:path';

export const SUBGRAPH_NAMES = ['certificates', 'organizations', 'navigator', 'email'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  certificates: 4001,
  organizations: 4002,
  navigator: 4003,
  email: 4004,
};

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
  trustProxy: boolean | string;
  introspection: boolean;
  production: boolean;
}

export function readGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      reader.url(`${name.toUpperCase()}_URL`, ['http', 'https'], `http://localhost:${DEFAULT_PORTS[name]}/graphql`),
    ]),
  ) as Record<SubgraphName, string>;
  const trustProxy = reader.string('TRUST_PROXY', 'false');
  const config: GatewayConfig = {
    port: reader.port('GATEWAY_PORT', 4000),
    bindHost: reader.bindHost(),
    secret: reader.gatewaySecret(),
    supergraphPath: reader.string('SUPERGRAPH_PATH', path.resolve(__dirname, '../../schema/supergraph.graphql')),
    subgraphUrls,
    secureCookies: reader.boolean('COOKIE_SECURE', reader.production),
    trustProxy: trustProxy === 'true' ? true : trustProxy === 'false' ? false : trustProxy,
    introspection: reader.boolean('GRAPHQL_INTROSPECTION', !reader.production),
    production: reader.production,
  };
  reader.done();
  return config;
}
