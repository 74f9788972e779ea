/**
 * The services of the stack, defined once: their names, default ports, and the environment variables that
 * set a service's own port and tell the others its URL. The gateway, the subgraphs, the devstack, the tests
 * and the web app's server side read them from here (`@pfdo/platform/services`, which loads nothing else);
 * `docker-compose.yml`, which cannot import it, is checked against it by `packages/devstack/src/compose.test.ts`.
 */

/** The region's time zone (Kemerovo oblast, UTC+7): dates of birth, ages, deadlines and printed dates. */
export const REGION_TIME_ZONE = 'Asia/Novokuznetsk';

export const SUBGRAPH_NAMES = ['certificates', 'organizations', 'navigator', 'email'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The services that answer HTTP and are reached by URL: the gateway, the subgraphs, the web app. */
export type HttpServiceName = 'gateway' | SubgraphName | 'web';
export type ServiceName = HttpServiceName | 'postgres' | 'smtp' | 'mailWeb';

export interface ServiceEntry {
  /** The port `npm start` and a bare `node …/main.js` use. */
  defaultPort: number;
  /** The variable that sets the service's own port. */
  portVariable: string;
  /** The variable that tells the others where it is, when they need to know. */
  urlVariable?: string;
  /** The path of the service's URL: the subgraphs' GraphQL endpoint. */
  path?: string;
  /** Its service in `docker-compose.yml`, and the port it listens on there when it is not the default. */
  compose: { service: string; port?: number };
}

export const SERVICES: Readonly<Record<ServiceName, ServiceEntry>> = {
  gateway: {
    defaultPort: 4000,
    portVariable: 'GATEWAY_PORT',
    urlVariable: 'GATEWAY_URL',
    path: '',
    compose: { service: 'gateway' },
  },
  certificates: {
    defaultPort: 4001,
    portVariable: 'CERTIFICATES_PORT',
    urlVariable: 'CERTIFICATES_URL',
    path: '/graphql',
    compose: { service: 'certificates' },
  },
  organizations: {
    defaultPort: 4002,
    portVariable: 'ORGANIZATIONS_PORT',
    urlVariable: 'ORGANIZATIONS_URL',
    path: '/graphql',
    compose: { service: 'organizations' },
  },
  navigator: {
    defaultPort: 4003,
    portVariable: 'NAVIGATOR_PORT',
    urlVariable: 'NAVIGATOR_URL',
    path: '/graphql',
    compose: { service: 'navigator' },
  },
  email: {
    defaultPort: 4004,
    portVariable: 'EMAIL_PORT',
    urlVariable: 'EMAIL_URL',
    path: '/graphql',
    compose: { service: 'email' },
  },
  web: { defaultPort: 3000, portVariable: 'WEB_PORT', urlVariable: 'WEB_URL', path: '', compose: { service: 'web' } },
  // The embedded PostgreSQL of `npm start`: 5433, beside a system PostgreSQL on 5432 (which compose's image uses).
  postgres: {
    defaultPort: 5433,
    portVariable: 'EMBEDDED_POSTGRES_PORT',
    urlVariable: 'DATABASE_URL',
    compose: { service: 'postgres', port: 5432 },
  },
  // The maildev mail catcher: SMTP, and its inbox page and REST API.
  smtp: {
    defaultPort: 1025,
    portVariable: 'MAILDEV_SMTP_PORT',
    urlVariable: 'SMTP_URL',
    compose: { service: 'maildev' },
  },
  mailWeb: { defaultPort: 1080, portVariable: 'MAILDEV_WEB_PORT', compose: { service: 'maildev' } },
};

export type ServicePorts = Record<ServiceName, number>;

export const DEFAULT_PORTS: Readonly<ServicePorts> = Object.fromEntries(
  Object.entries(SERVICES).map(([name, entry]) => [name, entry.defaultPort]),
) as ServicePorts;

/** Every port moved by `shift`, e.g. the test stacks' ports beside a running `npm start`. */
export function portsShiftedBy(shift: number, ports: Readonly<ServicePorts> = DEFAULT_PORTS): ServicePorts {
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + shift])) as ServicePorts;
}

/** `http://host:port/graphql` for a subgraph, `http://host:port` for the gateway and the web app. */
export function serviceUrl(
  name: HttpServiceName,
  port: number = SERVICES[name].defaultPort,
  host = 'localhost',
): string {
  return `http://${host}:${port}${SERVICES[name].path ?? ''}`;
}

/** The variable that holds a service's URL (throws for a service that has none: a mistake in the table). */
export function urlVariableOf(name: ServiceName): string {
  const variable = SERVICES[name].urlVariable;
  if (!variable) throw new Error(`the service ${name} has no URL variable`);
  return variable;
}
