import { createHash, randomUUID } from 'node:crypto';
import {
  anonymous,
  arrangeCitizen,
  callSubgraph,
  closeTestDatabase,
  gatewayCredential,
  testDatabase,
} from '@pfdo/testing';

afterAll(closeTestDatabase);
// Every failed attempt costs a real scrypt hash (about 0.4 s on the shared test machines, more under load).
jest.setTimeout(180_000);

/**
 * The attacks of a password guesser: many passwords for one login, one password for many logins from one
 * address, and a flood meant to starve the process of the memory-hard password hashing. The limits are the
 * defaults of the README (10 failures per login, 100 per IP, in 15 minutes); each test forwards its own
 * documentation address, so that no other test's 127.0.0.1 is ever locked out.
 */
const LOGIN = `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`;
const FAILURES_PER_LOGIN = 10;
const FAILURES_PER_IP = 100;
const WINDOW_SECONDS = 15 * 60;

type Attempt = Awaited<ReturnType<ReturnType<typeof anonymous>['request']>>;

function attempt(login: string, password: string, ip: string): Promise<Attempt> {
  return anonymous({ forwardedFor: ip }).request(LOGIN, { login, password });
}

function codeOf(result: Attempt): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** The limiter's row for a login: its key holds a digest, never the login someone typed. */
function loginKey(login: string): string {
  return `login:${createHash('sha256').update(login.trim().toLowerCase()).digest('hex')}`;
}

async function failTimes(login: string, ip: string, times: number): Promise<Attempt[]> {
  const results: Attempt[] = [];
  for (let i = 0; i < times; i += 1) results.push(await attempt(login, `wrong-${i}`, ip));
  return results;
}

function expectRateLimited(result: Attempt, maxSeconds: number): number {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const error = result.errors![0];
  expect(error.extensions?.code).toBe('RATE_LIMITED');
  const retryAfter = error.extensions?.retryAfterSeconds as number;
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(error.message).toMatch(/^Слишком много .*Повторите через \d+ (мин|с)\.$/);
  expect(result.headers.get('set-cookie')).toBeNull();
  expect(result.status).toBe(429);
  expect(result.headers.get('retry-after')).toBe(String(retryAfter));
  return retryAfter;
}

describe('API2:2023 Broken Authentication: failed sign-ins are throttled', () => {
  it(`locks a login after ${FAILURES_PER_LOGIN} failures: even the right password is refused until the lock ends`, async () => {
    const citizen = await arrangeCitizen();
    const ip = '203.0.113.10';
    const failures = await failTimes(citizen.login, ip, FAILURES_PER_LOGIN - 1);
    expect(failures.map(codeOf)).toEqual(Array(FAILURES_PER_LOGIN - 1).fill('INVALID_CREDENTIALS'));
    // The failure that reaches the limit already says so.
    expectRateLimited(await attempt(citizen.login, 'wrong-last', ip), WINDOW_SECONDS);

    const right = await attempt(citizen.login, 'demo2026', ip);
    const retryAfter = expectRateLimited(right, WINDOW_SECONDS);
    expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60);
    expect(right.errors![0].message).toBe(
      `Слишком много неудачных попыток входа. Повторите через ${Math.ceil(retryAfter / 60)} мин.`,
    );
    // From another address too: the lock belongs to the login.
    expectRateLimited(await attempt(citizen.login, 'demo2026', '203.0.113.11'), WINDOW_SECONDS);
  });

  it('keeps the lock in PostgreSQL, where a restarted or second subgraph process finds it, and lifts it when it ends', async () => {
    const citizen = await arrangeCitizen();
    const ip = '203.0.113.20';
    await failTimes(citizen.login, ip, FAILURES_PER_LOGIN);

    const { rows } = await testDatabase().query<{ points: number; expire: string }>(
      `SELECT points, expire FROM organizations.sign_in_limits WHERE key = $1`,
      [loginKey(citizen.login)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].points).toBeGreaterThan(FAILURES_PER_LOGIN);
    expect(Number(rows[0].expire)).toBeGreaterThan(Date.now() + (WINDOW_SECONDS - 60) * 1000);
    // Bypassing the gateway changes nothing: the subgraph reads the lock from the table, not from memory.
    const direct = await callSubgraph('organizations', LOGIN, {
      credential: await gatewayCredential(),
      variables: { login: citizen.login, password: 'demo2026' },
    });
    expect(direct.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');

    // Fifteen minutes pass: the row's expiry moves into the past, and the right password works again.
    await testDatabase().query(`UPDATE organizations.sign_in_limits SET expire = $2 WHERE key = $1`, [
      loginKey(citizen.login),
      Date.now() - 1000,
    ]);
    const after = await attempt(citizen.login, 'demo2026', ip);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ login: { id: citizen.id } });
  });

  it('locks longer each time the same login is locked again within a day', async () => {
    const citizen = await arrangeCitizen();
    const ip = '203.0.113.30';
    await failTimes(citizen.login, ip, FAILURES_PER_LOGIN);
    const first = expectRateLimited(await attempt(citizen.login, 'demo2026', ip), WINDOW_SECONDS);

    await testDatabase().query(`UPDATE organizations.sign_in_limits SET expire = $2 WHERE key = $1`, [
      loginKey(citizen.login),
      Date.now() - 1000,
    ]);
    await failTimes(citizen.login, ip, FAILURES_PER_LOGIN);
    const second = expectRateLimited(await attempt(citizen.login, 'demo2026', ip), 2 * WINDOW_SECONDS);
    expect(second).toBeGreaterThan(first + WINDOW_SECONDS - 60);
  });

  it('a successful sign-in clears the count of failures of its login', async () => {
    const citizen = await arrangeCitizen();
    const ip = '203.0.113.40';
    await failTimes(citizen.login, ip, FAILURES_PER_LOGIN - 1);
    expect((await attempt(citizen.login, 'demo2026', ip)).errors).toBeUndefined();
    const again = await failTimes(citizen.login, ip, FAILURES_PER_LOGIN - 1);
    expect(again.map(codeOf)).toEqual(Array(FAILURES_PER_LOGIN - 1).fill('INVALID_CREDENTIALS'));
    expect((await attempt(citizen.login, 'demo2026', ip)).errors).toBeUndefined();
  });

  it('answers an unknown login exactly as a known one, so that the lock does not reveal which logins exist', async () => {
    const citizen = await arrangeCitizen();
    const unknown = `nobody-${randomUUID()}`;
    const known = await failTimes(citizen.login, '203.0.113.50', FAILURES_PER_LOGIN + 1);
    const stranger = await failTimes(unknown, '203.0.113.51', FAILURES_PER_LOGIN + 1);
    expect(known.map(codeOf)).toEqual(stranger.map(codeOf));
    const strip = (result: Attempt) =>
      result.errors?.map(({ message, extensions }) => ({
        message: message.replace(/\d+/g, 'N'),
        code: extensions?.code,
      }));
    expect(known.map(strip)).toEqual(stranger.map(strip));
    expect(codeOf(known[FAILURES_PER_LOGIN])).toBe('RATE_LIMITED');
  });

  it(`refuses an address after ${FAILURES_PER_IP} failures across many logins, and only that address`, async () => {
    const ip = '203.0.113.60';
    const logins = Array.from({ length: FAILURES_PER_IP }, () => `spray-${randomUUID()}`);
    // Four at a time: one address's share of the password-hashing queue.
    for (let i = 0; i < logins.length; i += 4) {
      const batch = await Promise.all(logins.slice(i, i + 4).map((login) => attempt(login, 'Password1', ip)));
      expect(batch.map(codeOf)).toEqual(Array(batch.length).fill('INVALID_CREDENTIALS'));
    }
    const citizen = await arrangeCitizen();
    const refused = await attempt(citizen.login, 'demo2026', ip);
    expectRateLimited(refused, WINDOW_SECONDS);
    expect(refused.errors![0].message).toMatch(/^Слишком много неудачных попыток входа/);
    // The same account from another address is let in; the blocked address gave no strike to its login.
    expect((await attempt(citizen.login, 'demo2026', '203.0.113.61')).errors).toBeUndefined();
  });
});

describe('API4:2023 Unrestricted Resource Consumption: password hashing is capped', () => {
  it('counts no failure for a check refused unhashed: a burst of right passwords does not lock its address', async () => {
    // Five parents behind one address (a school's), eight tries each: under the per-login limit of 10, and 40 at
    // once is more than the address's share of the hashing queue (8), so most are refused before hashing.
    const citizens = await Promise.all(Array.from({ length: 5 }, () => arrangeCitizen()));
    const ip = '203.0.113.80';
    const burst = await Promise.all(
      citizens.flatMap((citizen) => Array.from({ length: 8 }, () => attempt(citizen.login, 'demo2026', ip))),
    );
    const codes = burst.map(codeOf);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    expect(codes.filter((code) => code === undefined).length).toBeGreaterThan(0);
    // Nothing was guessed wrong: the address and the logins have no failure on record.
    const { rows } = await testDatabase().query<{ key: string; points: number }>(
      `SELECT key, points FROM organizations.sign_in_limits WHERE key = ANY($1) AND points > 0`,
      [[`ip:${ip}`, ...citizens.map((citizen) => loginKey(citizen.login))]],
    );
    expect(rows).toEqual([]);
  });

  it('answers a flood of concurrent sign-ins in bounded time, hashing only a share of it, and others still sign in', async () => {
    const citizen = await arrangeCitizen();
    const started = Date.now();
    // More than the per-IP limit, so that both the limit and the hashing cap are at work.
    const flood = Promise.all(
      Array.from({ length: FAILURES_PER_IP + 20 }, () => attempt(`flood-${randomUUID()}`, 'Password1', '198.51.100.7')),
    );
    // Someone else, elsewhere, signs in while the flood is on: the flood holds only its share of the queue.
    const bystander = await attempt(citizen.login, 'demo2026', '198.51.100.8');
    const answers = await flood;
    const elapsed = Date.now() - started;

    expect(bystander.errors).toBeUndefined();
    const codes = answers.map(codeOf);
    expect(new Set(codes)).toEqual(new Set(['INVALID_CREDENTIALS', 'RATE_LIMITED']));
    // Without a cap, each of the hundred attempts the per-IP limit lets through would be hashed.
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS').length).toBeLessThan(50);
    for (const answer of answers.filter((a) => codeOf(a) === 'RATE_LIMITED')) expectRateLimited(answer, WINDOW_SECONDS);
    // A loose bound: the machines that run the tests are shared, and the gateway's own work is not capped here.
    expect(elapsed).toBeLessThan(45_000);
  });
});
