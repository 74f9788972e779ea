import { closeTestDatabase, signIn, testDatabase } from '@pfdo/testing';

/**
 * A lull in traffic does not cost the subgraphs their database connections: pg closes an idle connection
 * after 10 s unless told otherwise, and the next request after any pause (between two phases of the bench,
 * say) paid for new backends. The register's pool is watched here: its connections outlive 12 idle seconds.
 */
const REGISTER = '{ applicationRegister(first: 1) { totalCount } }';

const registerBackends = async () =>
  (
    await testDatabase().query<{ pid: number }>(
      // The cluster's other databases are other tests' private stacks, whose subgraphs come and go.
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = 'pfdo-certificates-register' AND datname = current_database()`,
    )
  ).rows.map((row) => row.pid);

afterAll(async () => {
  await closeTestDatabase();
});

describe('the subgraphs’ database pools', () => {
  it('keep an idle connection through a lull of 12 s', async () => {
    const operator = await signIn('operator@demo.ru');
    await operator.data(REGISTER);
    const before = await registerBackends();
    expect(before.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const after = await registerBackends();
    expect(after).toEqual(expect.arrayContaining(before));
  }, 60_000);
});
