import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { ClientOptions, GatewayClient, signIn, testGatewaySecret, TEST_PORTS } from '@pfdo/testing';
import { freePort, startService, untilHealthy } from './security/services.support';

interface CertificatesAndGateway {
  signIn(login: string, options?: ClientOptions): Promise<GatewayClient>;
  output(): string;
  /** Ends the certificates subgraph (SIGTERM: its own orderly stop; SIGKILL: a crash) and starts it again. */
  restartCertificates(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  stop(): Promise<void>;
}

export interface PrivateCertificates extends CertificatesAndGateway {
  /** The private database (only the certificates schema, with the demo data). */
  databaseUrl: string;
  db: Pool;
  /** Another certificates subgraph and gateway on the same private database, with settings of their own. */
  withSettings(env: Record<string, string>): Promise<CertificatesAndGateway>;
}

const subgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

async function onCluster(sql: string): Promise<void> {
  const url = new URL(process.env.PFDO_TEST_DATABASE_URL ?? '');
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A certificates subgraph on `databaseUrl` and a gateway in front of it, the rest of the graph the shared stack's. */
async function startCertificatesAndGateway(
  databaseUrl: string,
  scans: string,
  env: Record<string, string>,
): Promise<CertificatesAndGateway> {
  const secret = testGatewaySecret();
  const certificatesPort = await freePort();
  const startCertificates = () =>
    startService('subgraphs/certificates/dist/main.js', {
      DATABASE_URL: databaseUrl,
      GATEWAY_SECRET: secret,
      CERTIFICATES_PORT: String(certificatesPort),
      ORGANIZATIONS_URL: subgraphUrl(TEST_PORTS.organizations),
      NAVIGATOR_URL: subgraphUrl(TEST_PORTS.navigator),
      EMAIL_URL: subgraphUrl(TEST_PORTS.email),
      SCAN_STORAGE_DIR: scans,
      ...env,
    });
  let certificates = startCertificates();
  let earlierOutput = '';
  // A minute and a half: on a machine shared by many test runs a start takes longer than the usual 30 s.
  await untilHealthy(certificatesPort, certificates, 900);
  const gatewayPort = await freePort();
  const gateway = startService('gateway/dist/main.js', {
    GATEWAY_SECRET: secret,
    GATEWAY_PORT: String(gatewayPort),
    CERTIFICATES_URL: subgraphUrl(certificatesPort),
    ORGANIZATIONS_URL: subgraphUrl(TEST_PORTS.organizations),
    NAVIGATOR_URL: subgraphUrl(TEST_PORTS.navigator),
    EMAIL_URL: subgraphUrl(TEST_PORTS.email),
  });
  await untilHealthy(gatewayPort, gateway).catch(async (error) => {
    await certificates.stop();
    throw error;
  });
  return {
    signIn: (login, options = {}) => signIn(login, undefined, { ...options, gatewayUrl: subgraphUrl(gatewayPort) }),
    output: () => `${earlierOutput}${certificates.output()}\n${gateway.output()}`,
    restartCertificates: async (signal) => {
      if (signal === 'SIGKILL') {
        process.kill(certificates.pid, 'SIGKILL');
        await certificates.exited;
      } else await certificates.stop();
      earlierOutput += certificates.output();
      certificates = startCertificates();
      await untilHealthy(certificatesPort, certificates, 900);
    },
    stop: async () => {
      await gateway.stop();
      await certificates.stop();
    },
  };
}

/**
 * A certificates subgraph and a gateway of a test's own, on a database of its own in the test stack's
 * PostgreSQL, beside the shared stack whose organizations, navigator and e-mail subgraphs they use. For
 * tests that lock the certificates tables or start the subgraph with settings of their own: the shared
 * stack's other tests never notice.
 */
export async function startPrivateCertificates(env: Record<string, string> = {}): Promise<PrivateCertificates> {
  const name = `pfdo_private_${randomBytes(6).toString('hex')}`;
  await onCluster(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.PFDO_TEST_DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const scans = mkdtempSync(path.join(tmpdir(), 'pfdo-private-scans-'));
  const migration = startService(
    'subgraphs/certificates/dist/migrate.js',
    { DATABASE_URL: databaseUrl, GATEWAY_SECRET: testGatewaySecret() },
    ['--demo'],
  );
  const migrated = await migration.exited;
  if (migrated.code !== 0) throw new Error(`the private certificates database was not migrated:\n${migrated.output}`);

  const services = await startCertificatesAndGateway(databaseUrl, scans, env);
  const others: CertificatesAndGateway[] = [];
  const db = new Pool({ connectionString: databaseUrl, max: 4 });
  // pool.end() resolves before its connections have closed; the DROP … WITH (FORCE) of stop() may terminate one
  // still closing, which the pool reports as an error of an idle client: expected, and nothing to handle.
  db.on('error', () => undefined);
  return {
    databaseUrl,
    db,
    signIn: services.signIn,
    output: services.output,
    restartCertificates: services.restartCertificates,
    withSettings: async (extra) => {
      const started = await startCertificatesAndGateway(databaseUrl, scans, { ...env, ...extra });
      others.push(started);
      return started;
    },
    stop: async () => {
      for (const other of others) await other.stop();
      await services.stop();
      await db.end();
      await onCluster(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(scans, { recursive: true, force: true });
    },
  };
}
