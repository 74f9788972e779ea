import { createServer } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { connectionFailureOf, isConnectionFailure } from '../src/connection-failures';

/**
 * The classifier on the errors the pg driver and TypeORM really raise: a database that is not there, a
 * connection the server terminates, and errors that are not outages at all.
 */
const databaseUrl = () => process.env.PFDO_TEST_DATABASE_URL!;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('connection failures', () => {
  it('a database that is not listening (ECONNREFUSED), also through TypeORM', async () => {
    const port = await closedPort();
    const url = `postgres://pfdo:pfdo@127.0.0.1:${port}/pfdo`;
    const client = new Client({ connectionString: url });
    const error = await errorOf(() => client.connect());
    expect(connectionFailureOf(error)).toEqual({
      kind: 'ECONNREFUSED',
      description: `connect ECONNREFUSED 127.0.0.1:${port}`,
    });

    const dataSource = new DataSource({ type: 'postgres', url, poolErrorHandler: () => {} });
    expect(isConnectionFailure(await errorOf(() => dataSource.initialize()))).toBe(true);
  });

  it('a connection the server terminates (57P01, as on a restart), also wrapped by TypeORM', async () => {
    const victim = new Client({ connectionString: databaseUrl() });
    victim.on('error', () => {});
    await victim.connect();
    const { rows } = await victim.query('SELECT pg_backend_pid() AS pid');
    const admin = new Client({ connectionString: databaseUrl() });
    await admin.connect();
    try {
      const error = await errorOf(() =>
        Promise.all([
          victim.query('SELECT pg_sleep(5)'),
          admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]),
        ]),
      );
      expect(connectionFailureOf(error)?.kind).toBe('57P01');
      const wrapped = { message: 'Query failed', driverError: error };
      expect(connectionFailureOf(wrapped)?.kind).toBe('57P01');
      // The terminated client then refuses every query, with pg's words and no code.
      expect(connectionFailureOf(await errorOf(() => victim.query('SELECT 1')))?.kind).toBe('connection-terminated');
    } finally {
      await admin.end();
      await victim.end().catch(() => {});
    }
  });

  it('a TypeORM transaction whose connection was terminated under it', async () => {
    const dataSource = await new DataSource({
      type: 'postgres',
      url: databaseUrl(),
      poolErrorHandler: () => {},
    }).initialize();
    const admin = new Client({ connectionString: databaseUrl() });
    await admin.connect();
    const failures: unknown[] = [];
    try {
      await errorOf(() =>
        dataSource.transaction(async (manager) => {
          const [{ pid }] = await manager.query('SELECT pg_backend_pid() AS pid');
          await admin.query('SELECT pg_terminate_backend($1)', [pid]);
          // Once the server's farewell has been read, TypeORM has released the transaction's query runner.
          await new Promise((resolve) => setTimeout(resolve, 300));
          await manager.query('SELECT 1').catch((error: unknown) => failures.push(error));
          throw new Error('rolled back');
        }),
      );
    } finally {
      await admin.end();
      await dataSource.destroy();
    }
    expect(failures.map((failure) => connectionFailureOf(failure)?.kind)).toEqual(['query-runner-released']);
  });

  it('an unreachable service behind fetch (its cause says ECONNREFUSED)', async () => {
    const port = await closedPort();
    const error = await errorOf(() => fetch(`http://127.0.0.1:${port}/graphql`));
    expect(connectionFailureOf(error)?.kind).toBe('ECONNREFUSED');
  });

  it('not a bad query, a constraint, or a fault in the code', async () => {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      expect(isConnectionFailure(await errorOf(() => client.query('SELEC 1')))).toBe(false);
      expect(isConnectionFailure(await errorOf(() => client.query('SELECT 1/0')))).toBe(false);
      expect(isConnectionFailure(await errorOf(() => client.query(`SELECT 'x'::uuid`)))).toBe(false);
    } finally {
      await client.end();
    }
    expect(isConnectionFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isConnectionFailure(null)).toBe(false);
  });
});
