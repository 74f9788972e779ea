import { Pool } from 'pg';

let pool: Pool | undefined;

/** The test stack's database, for tests that arrange rows directly. */
export function testDatabase(): Pool {
  const url = process.env.PFDO_TEST_DATABASE_URL;
  if (!url) throw new Error('the test stack is not running: run the tests through jest (npm test)');
  pool ??= new Pool({ connectionString: url, max: 4 });
  return pool;
}

export async function closeTestDatabase(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
