import { arrangeCitizen, closeTestDatabase, signIn, testDatabase, tinyPng } from '@pfdo/testing';

afterAll(closeTestDatabase);

/**
 * One account must not fill the scan storage: each has a daily allowance (the README's defaults, 50 scans
 * and 200 MB a day), kept in PostgreSQL. Each test uses a citizen account of its own.
 */
const SCANS_PER_DAY = 50;
const KIB_PER_DAY = 200 * 1024;
const DAY_SECONDS = 24 * 60 * 60;

type UploadAnswer = Awaited<ReturnType<Awaited<ReturnType<typeof signIn>>['uploadScan']>>;

function expectOverQuota(answer: UploadAnswer, limitText: string) {
  expect(answer.status).toBe(429);
  const error = answer.body.error as { code: string; message: string; retryAfterSeconds: number };
  expect(error.code).toBe('RATE_LIMITED');
  expect(error.message).toMatch(
    new RegExp(
      `^Превышен дневной лимит загрузки сканов: не более ${limitText} в сутки\\. Повторите через \\d+ мин\\.$`,
    ),
  );
  expect(Number.isInteger(error.retryAfterSeconds)).toBe(true);
  expect(error.retryAfterSeconds).toBeGreaterThan(DAY_SECONDS - 600);
  expect(error.retryAfterSeconds).toBeLessThanOrEqual(DAY_SECONDS);
  expect(answer.body.id).toBeUndefined();
}

async function storedScansOf(userId: string): Promise<number> {
  const { rows } = await testDatabase().query<{ count: string }>(
    `SELECT count(*) FROM certificates.document_scans WHERE uploaded_by_user_id = $1`,
    [userId],
  );
  return Number(rows[0].count);
}

describe('API4:2023 Unrestricted Resource Consumption: the daily allowance of document scans', () => {
  it(`takes ${SCANS_PER_DAY} scans a day from one account, refuses the next with 429, and lets others upload`, async () => {
    const citizen = await arrangeCitizen();
    const client = await signIn(citizen.login);
    for (let i = 0; i < SCANS_PER_DAY; i += 5) {
      const batch = await Promise.all([0, 1, 2, 3, 4].map(() => client.uploadScan(tinyPng(), 'scan.png')));
      expect(batch.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    }
    expectOverQuota(await client.uploadScan(tinyPng(), 'scan.png'), `${SCANS_PER_DAY} файлов`);
    expect(await storedScansOf(citizen.id)).toBe(SCANS_PER_DAY);

    // The count is kept in PostgreSQL, where every process of the subgraph, and a restarted one, finds it.
    const { rows } = await testDatabase().query<{ points: number }>(
      `SELECT points FROM certificates.upload_quotas WHERE key = $1`,
      [`scans:${citizen.id}`],
    );
    expect(rows).toEqual([{ points: SCANS_PER_DAY }]);

    // Through the gateway the refusal carries Retry-After, for clients that back off without reading the body.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'scan.png');
    const raw = await client.http('/uploads/document-scans', { method: 'POST', body: form });
    expect(raw.status).toBe(429);
    const { error } = (await raw.json()) as { error: { retryAfterSeconds: number } };
    expect(raw.headers.get('retry-after')).toBe(String(error.retryAfterSeconds));

    const other = await signIn((await arrangeCitizen()).login);
    expect((await other.uploadScan(tinyPng(), 'scan.png')).status).toBe(201);
  });

  it('cannot be outrun by concurrent uploads', async () => {
    const citizen = await arrangeCitizen();
    const client = await signIn(citizen.login);
    await testDatabase().query(`INSERT INTO certificates.upload_quotas (key, points, expire) VALUES ($1, $2, $3)`, [
      `scans:${citizen.id}`,
      SCANS_PER_DAY - 3,
      Date.now() + DAY_SECONDS * 1000,
    ]);
    const answers = await Promise.all(Array.from({ length: 12 }, () => client.uploadScan(tinyPng(), 'scan.png')));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(3);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(9);
    expect(await storedScansOf(citizen.id)).toBe(3);
  });

  it('counts the volume too: what no longer fits in the day is refused, a smaller scan still fits', async () => {
    const citizen = await arrangeCitizen();
    const client = await signIn(citizen.login);
    // The account has already uploaded 200 MB less 8 KiB today.
    await testDatabase().query(`INSERT INTO certificates.upload_quotas (key, points, expire) VALUES ($1, $2, $3)`, [
      `scan-kib:${citizen.id}`,
      KIB_PER_DAY - 8,
      Date.now() + DAY_SECONDS * 1000,
    ]);
    const large = Buffer.concat([tinyPng(), Buffer.alloc(64 * 1024)]);
    expectOverQuota(await client.uploadScan(large, 'big.png'), '200 МБ');
    expect(await storedScansOf(citizen.id)).toBe(0);

    expect((await client.uploadScan(tinyPng(), 'small.png')).status).toBe(201);
    const { rows } = await testDatabase().query<{ points: number }>(
      `SELECT points FROM certificates.upload_quotas WHERE key = $1`,
      [`scan-kib:${citizen.id}`],
    );
    expect(rows).toEqual([{ points: KIB_PER_DAY - 7 }]);
  });
});
