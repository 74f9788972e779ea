import { randomInt, randomUUID } from 'node:crypto';
import { PoolClient } from 'pg';
import { DemoChild, DemoMunicipality } from '@pfdo/platform';
import { GatewayClient } from '@pfdo/testing';
import { PrivateCertificates, startPrivateCertificates } from './private-certificates.support';

/**
 * With `certificates.applications` locked by another session (a migration, a stuck transaction, an
 * administrator's LOCK TABLE), requests that need it get SERVICE_BUSY within the subgraph's deadlines
 * instead of waiting for the lock, and requests that do not need it are not held up: the register waits
 * for connections of its own pool only. The lock would stop the shared stack's other tests, so this test
 * has a certificates subgraph and a gateway of its own, on a database of its own.
 */
/**
 * Long enough that the requests answered meanwhile, which must not wait for the lock at all, finish within it even
 * on a machine loaded twentyfold (they took over 3 s there; their check is an ordering against these waits), and
 * short enough that a register's whole wait stays within the gateway's 10 s deadline for a subgraph.
 */
const LOCK_TIMEOUT_MS = 6_000;
const ACQUIRE_TIMEOUT_MS = 3_000;
/** Longer than the register pool's (3) share of them: its queue forms, and the main pool must not notice. */
const CONCURRENT_REGISTERS = 12;
/** The longest a register waits here: for a connection, then for the lock; anything near it is a hang. */
const REGISTER_DEADLINE_MS = ACQUIRE_TIMEOUT_MS + LOCK_TIMEOUT_MS;

const REGISTER = '{ applicationRegister(first: 5) { totalCount applications { id number } } }';
const GROUPS = `{ certificateGroups(municipalityId: "${DemoMunicipality.novokuznetsk}") { id name } }`;

let stack: PrivateCertificates;
let operator: GatewayClient;
let applicationId: string;

beforeAll(async () => {
  stack = await startPrivateCertificates({
    DB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
    DB_STATEMENT_TIMEOUT_MS: '20000',
    DB_POOL_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_TIMEOUT_MS),
  });
  applicationId = randomUUID();
  await stack.db.query(
    `INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, applicant_name)
     VALUES ($1, $2, 'NEW_CERTIFICATE', 'SUBMITTED', $3, $4, 'Иванова Марина Сергеевна')`,
    [applicationId, String(randomInt(10_000_000, 99_999_999)), DemoMunicipality.novokuznetsk, DemoChild.younger],
  );
  operator = await stack.signIn('operator@demo.ru');
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

async function timed<T>(work: () => Promise<T>): Promise<T & { ms: number }> {
  const started = Date.now();
  const result = await work();
  return Object.assign(result as object, { ms: Date.now() - started }) as T & { ms: number };
}

/** Holds ACCESS EXCLUSIVE on the applications table until released, as another session would. */
async function lockApplications(): Promise<{ release(): Promise<void> }> {
  const session: PoolClient = await stack.db.connect();
  await session.query('BEGIN');
  await session.query('LOCK TABLE certificates.applications IN ACCESS EXCLUSIVE MODE');
  let released = false;
  // Never longer than this, whatever happens to the test: the subgraph must not be left locked.
  const safety = setTimeout(() => void release(), 60_000);
  async function release() {
    if (released) return;
    released = true;
    clearTimeout(safety);
    await session.query('ROLLBACK');
    session.release();
  }
  return { release };
}

/**
 * The subgraph's sessions waiting for a lock on the applications table now (each as its pid and the start of its
 * query, so that a wait that ended and a new one on the same connection differ), once at least `atLeast` of them do.
 */
async function lockWaiters({ atLeast }: { atLeast: number }): Promise<string[]> {
  for (let attempt = 0; ; attempt += 1) {
    const { rows } = await stack.db.query<{ wait: string }>(
      `SELECT pid || '@' || query_start::text AS wait FROM pg_stat_activity
        WHERE wait_event_type = 'Lock' AND datname = current_database() AND query ILIKE '%applications%'`,
    );
    if (rows.length >= atLeast) return rows.map((row) => row.wait);
    if (attempt === 200) throw new Error(`fewer than ${atLeast} sessions ever waited for the lock`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a locked table', () => {
  it('is answered SERVICE_BUSY within the deadlines, while the rest of the subgraph stays fast', async () => {
    // Before the lock the register answers: the municipality's applications and its outgoing changes.
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS count FROM certificates.applications
        WHERE municipality_id = $1 OR (source_municipality_id = $1 AND municipality_id <> $1)`,
      [DemoMunicipality.novokuznetsk],
    );
    expect(
      (await operator.data<{ applicationRegister: { totalCount: number } }>(REGISTER)).applicationRegister.totalCount,
    ).toBe((rows[0] as { count: number }).count);

    const lock = await lockApplications();
    try {
      const registers = Array.from({ length: CONCURRENT_REGISTERS }, () => timed(() => operator.request(REGISTER)));
      // The first registers' sessions are waiting for the lock: requests that do not touch the locked table are
      // answered while those very waits go on — no connection of theirs is a register's (a shared pool would hold
      // them until the waits ended). An ordering, not a stopwatch: only a request slower than the lock timeout fails it.
      const waiting = await lockWaiters({ atLeast: 1 });
      const groups = await Promise.all(
        Array.from({ length: 3 }, () => operator.request<{ certificateGroups: unknown[] }>(GROUPS)),
      );
      const stillWaiting = await lockWaiters({ atLeast: 0 });
      const pdf = await timed(() => operator.http(`/documents/applications/${applicationId}/form.pdf`));
      const answers = await Promise.all(registers);

      for (const group of groups) {
        expect(group.errors).toBeUndefined();
        expect(group.data!.certificateGroups.length).toBeGreaterThan(0);
      }
      expect(stillWaiting).toEqual(expect.arrayContaining(waiting));
      for (const answer of answers) {
        expect(answer.errors).toEqual([
          {
            message: 'Сервис перегружен, повторите запрос через минуту',
            path: ['applicationRegister'],
            extensions: { code: 'SERVICE_BUSY', retryAfterSeconds: 60 },
          },
        ]);
        expect(answer.ms).toBeLessThan(REGISTER_DEADLINE_MS + 3_000);
      }

      expect(pdf.status).toBe(503);
      expect(pdf.headers.get('retry-after')).toBe('60');
      expect(await pdf.json()).toEqual({
        error: {
          code: 'SERVICE_BUSY',
          message: 'Сервис перегружен, повторите запрос через минуту',
          retryAfterSeconds: 60,
        },
      });
      expect(pdf.ms).toBeLessThan(REGISTER_DEADLINE_MS + 3_000);
    } finally {
      await lock.release();
    }

    // Released: everything works again, with no step on the subgraph.
    const after = await operator.data<{
      applicationRegister: { totalCount: number; applications: Array<{ id: string }> };
    }>(REGISTER);
    // The newest first: the test's application, before the demo ones.
    expect(after.applicationRegister.applications[0]?.id).toBe(applicationId);
    const form = await operator.http(`/documents/applications/${applicationId}/form.pdf`);
    expect(form.status).toBe(200);
    expect(
      Buffer.from(await form.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  }, 90_000);
});
