import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { HttpServiceName, SERVICES, SUBGRAPH_NAMES } from '@pfdo/platform/services';

/**
 * `docker-compose.yml` cannot import the service table (`@pfdo/platform/services`): it is checked against it
 * here, so that a port or a URL changed in one place and not the other fails the tests.
 */

interface ComposeService {
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  ports?: string[];
  healthcheck?: { test?: string[] | string };
}

const compose = parse(readFileSync(path.resolve(__dirname, '../../../docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };

/** The port a service listens on inside compose: the table's default, or compose's own (PostgreSQL's image). */
const composePort = (name: keyof typeof SERVICES) => SERVICES[name].compose.port ?? SERVICES[name].defaultPort;
/** The load balancer in front of the services that run as several replicas (deploy/balancer.conf). */
const BALANCER = 'balancer';
const replicated = (name: keyof typeof SERVICES) =>
  (compose.services[SERVICES[name].compose.service]?.deploy?.replicas ?? 1) > 1;
/** A service's URL as the other containers reach it: by its compose name, or the balancer's for replicas. */
const composeUrl = (name: HttpServiceName) =>
  `http://${replicated(name) ? BALANCER : SERVICES[name].compose.service}:${composePort(name)}${SERVICES[name].path ?? ''}`;

const NODE_SERVICES = ['gateway', ...SUBGRAPH_NAMES] as const;

describe('docker-compose.yml against the service table', () => {
  it('has a service for each entry of the table', () => {
    for (const entry of Object.values(SERVICES)) expect(Object.keys(compose.services)).toContain(entry.compose.service);
  });

  it.each(NODE_SERVICES)('%s listens on its port, is published there and checks its readiness there', (name) => {
    const service = compose.services[SERVICES[name].compose.service];
    const port = composePort(name);
    const published = `\${PFDO_PUBLISH_ADDRESS:-127.0.0.1}:${port}:${port}`;
    expect(service.environment?.[SERVICES[name].portVariable]).toBe(String(port));
    if (replicated(name)) {
      // Two replicas cannot share a published port: the balancer publishes it for them.
      expect(service.ports).toBeUndefined();
      expect(compose.services[BALANCER].ports).toContain(published);
    } else {
      expect(service.ports).toEqual([published]);
    }
    expect(JSON.stringify(service.healthcheck?.test)).toContain(`http://127.0.0.1:${port}/ready`);
  });

  it('runs the gateway and the certificates subgraph as two replicas behind the balancer', () => {
    expect(replicated('gateway')).toBe(true);
    expect(replicated('certificates')).toBe(true);
  });

  it('publishes the web app and maildev on their ports', () => {
    for (const name of ['web', 'smtp', 'mailWeb'] as const) {
      const port = composePort(name);
      expect(compose.services[SERVICES[name].compose.service].ports).toContain(
        `\${PFDO_PUBLISH_ADDRESS:-127.0.0.1}:${port}:${port}`,
      );
    }
  });

  it('gives every URL variable the URL of its service', () => {
    const urlOf: Record<string, (value: string) => boolean> = {};
    for (const name of [...NODE_SERVICES, 'web'] as const) {
      const variable = SERVICES[name].urlVariable!;
      // WEB_URL is where a browser reaches the web app, a setting with the local default.
      urlOf[variable] =
        name === 'web'
          ? (value) => value === `\${WEB_URL:-http://localhost:${SERVICES.web.defaultPort}}`
          : (value) => value === composeUrl(name);
    }
    urlOf[SERVICES.postgres.urlVariable!] = (value) =>
      value.includes(`@${SERVICES.postgres.compose.service}:${composePort('postgres')}/`);
    urlOf[SERVICES.smtp.urlVariable!] = (value) =>
      value === `\${SMTP_URL:-smtp://${SERVICES.smtp.compose.service}:${composePort('smtp')}}`;

    let checked = 0;
    for (const [serviceName, service] of Object.entries(compose.services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (!urlOf[variable]) continue;
        checked += 1;
        expect({ serviceName, variable, value, matches: urlOf[variable](value) }).toEqual({
          serviceName,
          variable,
          value,
          matches: true,
        });
      }
    }
    // The gateway's four subgraphs, certificates' three, email's two, the web app's gateway, DATABASE_URL …
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('tells the gateway where every subgraph is, and the web app where the gateway is', () => {
    const gateway = compose.services[SERVICES.gateway.compose.service].environment ?? {};
    for (const name of SUBGRAPH_NAMES) expect(gateway[SERVICES[name].urlVariable!]).toBe(composeUrl(name));
    expect(compose.services[SERVICES.web.compose.service].environment?.[SERVICES.gateway.urlVariable!]).toBe(
      composeUrl('gateway'),
    );
  });
});
