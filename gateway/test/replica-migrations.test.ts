import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { testGatewaySecret } from '@pfdo/testing';
import { startService } from './security/services.support';

/**
 * Replicas of one subgraph started at once each run `migrate.js` before they serve (docker-compose.yml, an
 * orchestrator's init step). On an empty database they must not trip over one another: each ends well, and
 * every migration is applied once. A database of the test's own, on the test stack's server.
 */
const REPLICAS = 3;
let admin: Pool;
const database = `pfdo_replicas_${randomUUID().slice(0, 8)}`;
let databaseUrl = '';

beforeAll(async () => {
  admin = new Pool({ connectionString: process.env.PFDO_TEST_DATABASE_URL, max: 1 });
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(process.env.PFDO_TEST_DATABASE_URL ?? '');
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
});

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe('replicas migrating at once', () => {
  it('apply every migration once, and each replica ends well', async () => {
    const runs = Array.from({ length: REPLICAS }, () =>
      startService('subgraphs/certificates/dist/migrate.js', {
        DATABASE_URL: databaseUrl,
        GATEWAY_SECRET: testGatewaySecret(),
      }),
    );
    const exits = await Promise.all(runs.map((run) => run.exited));
    expect(exits.filter((exit) => exit.code !== 0)).toEqual([]);

    const db = new Pool({ connectionString: databaseUrl, max: 1 });
    // db.end() resolves before its connection has closed; afterAll's DROP … WITH (FORCE) may terminate it while
    // it closes, which the pool reports as an error of an idle client: expected, and nothing to handle.
    db.on('error', () => undefined);
    try {
      const { rows } = await db.query(
        `SELECT name, count(*)::int AS times FROM certificates.migrations GROUP BY name HAVING count(*) > 1`,
      );
      expect(rows).toEqual([]);
      const { rows: applied } = await db.query(`SELECT count(*)::int AS count FROM certificates.migrations`);
      expect(applied[0].count).toBeGreaterThan(5);
    } finally {
      await db.end();
    }
  }, 120_000);
});
