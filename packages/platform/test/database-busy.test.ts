import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { deadlineOf, isServiceBusy, SERVICE_BUSY_MESSAGE } from '../src/busy';
import { EnvReader, readDatabaseConfig, readMigrationDeadlines } from '../src/config';
import { createDataSource } from '../src/database';
import { maskInternalErrors } from '../src/error-masking';

/**
 * The three deadlines of a service's database, each provoked for real on the test stack's PostgreSQL:
 * a statement that runs too long, a lock not had in time, no free connection in time. Each is told apart
 * from a fault and answered as SERVICE_BUSY.
 */
const url = () => {
  const value = process.env.PFDO_TEST_DATABASE_URL;
  if (!value) throw new Error('the test stack is not running: run the tests through jest');
  return value;
};

const table = `deadline_probe_${randomBytes(4).toString('hex')}`;
let dataSource: DataSource;
let other: Client;

beforeAll(async () => {
  // The logger's and the masking's lines about each failure are expected here.
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  dataSource = await createDataSource({
    schema: 'public',
    url: url(),
    entities: [],
    migrations: [],
    // pg's acquire timeout also bounds opening a connection: the pool's first one is opened here, and on a loaded
    // machine that took longer than 300 ms (the suite failed to start). 2 s is still well under the bound below.
    pool: { size: 1, acquireTimeoutMs: 2_000 },
    deadlines: { statementTimeoutMs: 400, lockTimeoutMs: 200 },
  }).initialize();
  other = new Client({ connectionString: url() });
  await other.connect();
  await other.query(`CREATE TABLE public.${table} (id int)`);
});

afterAll(async () => {
  await other.query(`DROP TABLE IF EXISTS public.${table}`);
  await other.end();
  await dataSource.destroy();
});

async function failureOf(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await work;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('the work was expected to fail');
}

/** What a GraphQL caller is shown for an error a resolver threw. */
function shownFor(error: unknown) {
  const wrapped = new GraphQLError('wrapped', { path: ['applicationRegister'], originalError: error as Error });
  const formatted = { message: wrapped.message, path: wrapped.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  return maskInternalErrors('test')(formatted, wrapped);
}

describe('the database deadlines of a service', () => {
  it('cancels a statement that runs past statement_timeout (57014), and callers are told SERVICE_BUSY', async () => {
    const { error, ms } = await failureOf(dataSource.query('SELECT pg_sleep(10)'));
    expect((error as { code?: string }).code).toBe('57014');
    expect(deadlineOf(error)).toBe('statement_timeout (57014)');
    expect(ms).toBeLessThan(5_000);
    expect(shownFor(error)).toEqual({
      message: SERVICE_BUSY_MESSAGE,
      path: ['applicationRegister'],
      extensions: { code: 'SERVICE_BUSY', retryAfterSeconds: 60 },
    });
  });

  it('gives up on a lock held elsewhere after lock_timeout (55P03)', async () => {
    await other.query('BEGIN');
    await other.query(`LOCK TABLE public.${table} IN ACCESS EXCLUSIVE MODE`);
    try {
      const { error, ms } = await failureOf(dataSource.query(`SELECT count(*) FROM public.${table}`));
      expect((error as { code?: string }).code).toBe('55P03');
      expect(deadlineOf(error)).toBe('lock_timeout (55P03)');
      expect(ms).toBeLessThan(5_000);
      expect(shownFor(error).extensions?.code).toBe('SERVICE_BUSY');
    } finally {
      await other.query('ROLLBACK');
    }
  });

  it('stops waiting for a free connection of the pool after its acquire timeout', async () => {
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    try {
      const { error, ms } = await failureOf(dataSource.query('SELECT 1'));
      expect((error as Error).message).toBe('timeout exceeded when trying to connect');
      expect(isServiceBusy(error)).toBe(true);
      expect(ms).toBeLessThan(5_000);
      expect(shownFor(error).extensions?.code).toBe('SERVICE_BUSY');
    } finally {
      await holder.release();
    }
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('still masks a real fault as INTERNAL_SERVER_ERROR', async () => {
    const { error } = await failureOf(dataSource.query('SELECT * FROM no_such_table'));
    expect(isServiceBusy(error)).toBe(false);
    expect(shownFor(error)).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('gives migrations deadlines of their own, far longer than requests’', async () => {
    const defaults = readDatabaseConfig(new EnvReader({}));
    const migration = readMigrationDeadlines(new EnvReader({}));
    expect(migration.statementTimeoutMs).toBeGreaterThan(60 * defaults.statementTimeoutMs);
    const migrating = await createDataSource({
      schema: 'public',
      url: url(),
      entities: [],
      migrations: [],
      deadlines: migration,
    }).initialize();
    try {
      expect(await migrating.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '10min' }]);
      expect(await migrating.query('SHOW lock_timeout')).toEqual([{ lock_timeout: '10s' }]);
      expect(await dataSource.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '400ms' }]);
    } finally {
      await migrating.destroy();
    }
  });
});
