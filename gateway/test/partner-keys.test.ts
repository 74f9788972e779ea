import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import {
  anonymous,
  closeTestDatabase,
  countSqlStatements,
  eventually,
  GatewayClient,
  PartnerClient,
  signIn,
  testDatabase,
} from '@pfdo/testing';

afterAll(closeTestDatabase);

const KEY = `id name partnerName scopes prefix status requestsPerMinute costPerMinute expiresAt revokedAt replacedById
  municipality { id }`;
const ISSUE = `mutation ($input: ApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { ${KEY} } } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { ${KEY} } }`;
const ROTATE = `mutation ($id: ID!, $overlapDays: Int!) {
  rotateApiKey(id: $id, overlapDays: $overlapDays) { secret apiKey { ${KEY} } } }`;
const LIST = `{ apiKeys { id prefix status } }`;
const USAGE = `query ($id: ID!) { apiKeyUsage(id: $id) { day requests refused cost } }`;

const CATALOGUE = `query Catalogue($first: Int!) { catalogue(first: $first) { programs { id title } } }`;
const REGISTER = `query Register { certificateRegister(tab: FUNDED, first: 100) {
  certificates { number municipality { id } child { surname } } } }`;
const ONE_CERTIFICATE = `query One($number: String!) { certificate(number: $number) { number child { surname } } }`;

interface IssuedKey {
  secret: string;
  apiKey: {
    id: string;
    prefix: string;
    status: string;
    municipality: { id: string } | null;
    replacedById: string | null;
  };
}

/** A day a year ahead, in the region's calendar. */
const nextYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

function keyInput(extra: Record<string, unknown> = {}) {
  return {
    name: `Тестовый ключ ${randomUUID().slice(0, 8)}`,
    partnerName: 'МАУ «Информационный центр»',
    scopes: ['CATALOGUE_READ'],
    expiresOn: nextYear(),
    ...extra,
  };
}

async function issue(operator: GatewayClient, extra: Record<string, unknown> = {}): Promise<IssuedKey> {
  return (await operator.data<{ issueApiKey: IssuedKey }>(ISSUE, { input: keyInput(extra) })).issueApiKey;
}

/** An activated certificate of Кемерово, outside Новокузнецк's keys. */
async function arrangeKemerovoCertificate(): Promise<string> {
  const [childId, certificateId] = [randomUUID(), randomUUID()];
  const number = String(randomInt(1_000_000_000, 9_999_999_999));
  await testDatabase().query(
    `WITH child AS (
       INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       VALUES ($1, 'Кемеровский', 'Ребёнок', 'Тестович', '2015-01-01', $3) RETURNING id)
     INSERT INTO certificates.certificates (id, number, status, certificate_type, municipality_id, group_id, child_id)
     SELECT $2, $4, 'ACTIVATED', 'FUNDED', $3,
            (SELECT id FROM certificates.certificate_groups WHERE municipality_id = $3 ORDER BY name LIMIT 1), id
       FROM child`,
    [childId, certificateId, DemoMunicipality.kemerovo, number],
  );
  return number;
}

/** Keys straight in the database (no HMAC of a real key), spread over every demo municipality: for list sizes. */
async function arrangeKeys(count: number): Promise<void> {
  const municipalities = Object.values(DemoMunicipality);
  for (let index = 0; index < count; index += 1) {
    await testDatabase().query(
      `INSERT INTO organizations.api_keys (id, name, partner_name, scopes, municipality_id, prefix, secret_hash,
         requests_per_minute, cost_per_minute, expires_at, created_by)
       VALUES ($1, $2, 'Партнёр', '{certificates:read}', $3, $4, 'none', 120, 20000, now() + interval '1 day', $1)`,
      [randomUUID(), `list-${index}`, municipalities[index % municipalities.length], randomUUID().slice(0, 8)],
    );
  }
}

describe('partners’ API keys', () => {
  let region: GatewayClient;
  let operator: GatewayClient;

  beforeAll(async () => {
    [region, operator] = await Promise.all([signIn('region@demo.ru'), signIn('operator@demo.ru')]);
  });

  it('shows the key once and keeps only its HMAC, with the issue in the audit', async () => {
    const issued = await issue(region);
    expect(issued.secret).toMatch(/^pfdo_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(issued.secret.startsWith(issued.apiKey.prefix)).toBe(true);
    expect(issued.apiKey.status).toBe('ACTIVE');
    const { rows } = await testDatabase().query(`SELECT secret_hash FROM organizations.api_keys WHERE id = $1`, [
      issued.apiKey.id,
    ]);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(issued.secret.slice(14));
    const audit = await testDatabase().query(
      `SELECT action, actor_role, after::text AS after FROM organizations.audit_events WHERE subject_id = $1`,
      [issued.apiKey.id],
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({ action: 'API_KEY_ISSUED', actor_role: 'REGIONAL_OPERATOR' }),
    ]);
    expect(audit.rows[0].after).not.toContain(rows[0].secret_hash);
    const listed = await region.data<{ apiKeys: Array<{ id: string }> }>(LIST);
    expect(listed.apiKeys.map((key) => key.id)).toContain(issued.apiKey.id);
  });

  it('binds a municipal operator’s keys to his municipality, and refuses him another’s', async () => {
    const own = await issue(operator, { scopes: ['CERTIFICATES_READ'] });
    expect(own.apiKey.municipality).toEqual({ id: DemoMunicipality.novokuznetsk });
    const elsewhere = await operator.request(ISSUE, {
      input: keyInput({ scopes: ['CERTIFICATES_READ'], municipalityId: DemoMunicipality.kemerovo }),
    });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('API_KEY_MUNICIPALITY_REQUIRED');
    const kemerovo = await signIn('operator-kem@demo.ru');
    const revoked = await kemerovo.request(REVOKE, { id: own.apiKey.id });
    expect(revoked.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await kemerovo.data<{ apiKeys: Array<{ id: string }> }>(LIST)).apiKeys.map((key) => key.id)).not.toContain(
      own.apiKey.id,
    );
  });

  it('lists the keys with as many SQL statements for 2 more keys as for 12 more', async () => {
    const LIST_WITH_MUNICIPALITY = `{ apiKeys { id name municipality { id name } } }`;
    type Listed = { apiKeys: unknown[] };
    await arrangeKeys(2);
    const small = await countSqlStatements<Listed>(region, LIST_WITH_MUNICIPALITY);
    await arrangeKeys(10);
    const large = await countSqlStatements<Listed>(region, LIST_WITH_MUNICIPALITY);
    expect(large.data.apiKeys.length).toBe(small.data.apiKeys.length + 10);
    expect(large.statements).toEqual(small.statements);
  });

  it('refuses a municipal scope without a municipality, and a form with bad fields, writing nothing', async () => {
    const before = await testDatabase().query(`SELECT count(*)::int AS n FROM organizations.api_keys`);
    const noMunicipality = await region.request(ISSUE, { input: keyInput({ scopes: ['CERTIFICATES_READ'] }) });
    expect(noMunicipality.errors?.[0].extensions?.code).toBe('API_KEY_MUNICIPALITY_REQUIRED');
    const bad = await region.request(ISSUE, { input: keyInput({ name: ' ', scopes: [], expiresOn: '2020-01-01' }) });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String), scopes: expect.any(String), expiresOn: expect.any(String) },
    });
    const after = await testDatabase().query(`SELECT count(*)::int AS n FROM organizations.api_keys`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  describe('each mutation is refused to every other role', () => {
    const SOME_ID = randomUUID();
    const MUTATIONS: Array<[string, string, Record<string, unknown>]> = [
      ['issueApiKey', ISSUE, { input: keyInput() }],
      ['revokeApiKey', REVOKE, { id: SOME_ID }],
      ['rotateApiKey', ROTATE, { id: SOME_ID, overlapDays: 7 }],
    ];
    const REFUSED = ['parent', 'org@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru'];
    for (const [name, mutation, variables] of MUTATIONS) {
      it.each(REFUSED)(`${name} is refused to %s`, async (login) => {
        const result = await (await signIn(login)).request(mutation, variables);
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      });
      it(`${name} is refused to an anonymous caller and to a partner’s key`, async () => {
        const result = await anonymous().request(mutation, variables);
        expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        const key = await issue(region);
        const partner = await new PartnerClient(key.secret).request(mutation, variables);
        expect(partner.status).toBe(403);
        expect(partner.errors?.[0].extensions?.code).toBe('SCOPE_MISSING');
      });
    }
  });

  it('lets a catalogue:read key read programs and refuses it certificates', async () => {
    const key = new PartnerClient((await issue(region)).secret);
    const programs = await key.request<{ catalogue: { programs: unknown[] } }>(CATALOGUE, { first: 5 });
    expect(programs.status).toBe(200);
    expect(programs.data?.catalogue.programs.length).toBeGreaterThan(0);
    const certificates = await key.request(REGISTER);
    expect(certificates.status).toBe(403);
    expect(certificates.errors?.[0].extensions?.code).toBe('SCOPE_MISSING');
    expect(certificates.data).toBeUndefined();
  });

  it('shows a municipal certificates:read key its municipality only, auditing the personal data it reads', async () => {
    const kemerovoNumber = await arrangeKemerovoCertificate();
    const issued = await issue(region, {
      scopes: ['CERTIFICATES_READ'],
      municipalityId: DemoMunicipality.novokuznetsk,
    });
    const key = new PartnerClient(issued.secret);
    type Register = {
      certificateRegister: { certificates: Array<{ number: string; municipality: { id: string }; child: unknown }> };
    };
    const register = await key.request<Register>(REGISTER);
    expect(register.errors).toBeUndefined();
    const rows = register.data!.certificateRegister.certificates;
    expect(rows.map((row) => row.number)).toContain('5408127733');
    expect(rows.every((row) => row.municipality.id === DemoMunicipality.novokuznetsk)).toBe(true);
    const elsewhere = await key.request(ONE_CERTIFICATE, { number: kemerovoNumber });
    expect(elsewhere.data).toEqual({ certificate: null });
    const catalogue = await key.request(CATALOGUE, { first: 1 });
    expect(catalogue.errors?.[0].extensions?.code).toBe('SCOPE_MISSING');
    const reads = await eventually(
      () =>
        testDatabase()
          .query(
            `SELECT actor_role, after FROM certificates.audit_events
              WHERE actor_user_id = $1 AND action = 'PERSONAL_DATA_READ'`,
            [issued.apiKey.id],
          )
          .then((result) => result.rows),
      (rows) => rows.length > 0,
    );
    expect(reads.length).toBe(rows.length);
    expect(reads[0]).toMatchObject({ actor_role: 'PARTNER', after: { fields: ['surname'] } });
  });

  it('refuses a revoked key at once, though it was just answered from the cache', async () => {
    const issued = await issue(region);
    const key = new PartnerClient(issued.secret);
    expect((await key.request(CATALOGUE, { first: 1 })).status).toBe(200);
    await region.data(REVOKE, { id: issued.apiKey.id });
    const refused = await key.request(CATALOGUE, { first: 1 });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.code).toBe('INVALID_API_KEY');
    expect(refused.data).toBeUndefined();
    const again = await region.request(REVOKE, { id: issued.apiKey.id });
    expect(again.errors?.[0].extensions?.code).toBe('API_KEY_NOT_ACTIVE');
  });

  it('keeps both keys of a rotation working during the overlap, and ends the old one at once without it', async () => {
    const first = await issue(region);
    const old = new PartnerClient(first.secret);
    expect((await old.request(CATALOGUE, { first: 1 })).status).toBe(200);
    const rotated = (await region.data<{ rotateApiKey: IssuedKey }>(ROTATE, { id: first.apiKey.id, overlapDays: 7 }))
      .rotateApiKey;
    expect(rotated.secret).not.toBe(first.secret);
    const current = new PartnerClient(rotated.secret);
    expect((await current.request(CATALOGUE, { first: 1 })).status).toBe(200);
    expect((await old.request(CATALOGUE, { first: 1 })).status).toBe(200);
    const listed = (await region.data<{ apiKeys: Array<{ id: string; status: string }> }>(LIST)).apiKeys;
    expect(listed.find((key) => key.id === first.apiKey.id)?.status).toBe('REPLACED');
    const twice = await region.request(ROTATE, { id: first.apiKey.id, overlapDays: 7 });
    expect(twice.errors?.[0].extensions?.code).toBe('API_KEY_NOT_ACTIVE');

    const next = (await region.data<{ rotateApiKey: IssuedKey }>(ROTATE, { id: rotated.apiKey.id, overlapDays: 0 }))
      .rotateApiKey;
    expect((await current.request(CATALOGUE, { first: 1 })).status).toBe(401);
    expect((await new PartnerClient(next.secret).request(CATALOGUE, { first: 1 })).status).toBe(200);
  });

  it('answers 429 with Retry-After past the key’s requests per minute, with the budget in the headers', async () => {
    const key = new PartnerClient((await issue(region, { requestsPerMinute: 2 })).secret);
    const first = await key.request(CATALOGUE, { first: 1 });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(first.headers.get('x-ratelimit-cost-limit')).toBe('20000');
    expect((await key.request(CATALOGUE, { first: 1 })).status).toBe(200);
    const refused = await key.request(CATALOGUE, { first: 1 });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requests' });
    // Citizens and operators are not slowed by a partner's exhausted budget.
    expect((await operator.request(LIST)).status).toBe(200);
  });

  it('answers 429 with Retry-After past the key’s cost per minute, spending nothing on the refused call', async () => {
    const key = new PartnerClient((await issue(region, { costPerMinute: 1_000 })).secret);
    const first = await key.request(CATALOGUE, { first: 100 });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-cost-limit')).toBe('1000');
    expect(first.headers.get('x-ratelimit-cost-remaining')).toBe('50');
    const refused = await key.request(CATALOGUE, { first: 100 });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'cost' });
    expect(refused.headers.get('x-ratelimit-cost-remaining')).toBe('50');
    expect((await key.request(CATALOGUE, { first: 1 })).status).toBe(200);
  });

  it('records every partner call in the usage audit, and shows the operator the usage per day', async () => {
    const issued = await issue(region, { requestsPerMinute: 3 });
    const key = new PartnerClient(issued.secret);
    await key.request(CATALOGUE, { first: 2 }, { operationName: 'Catalogue' });
    await key.request(REGISTER, {}, { operationName: 'Register' });
    await key.request(CATALOGUE, { first: 1 }, { operationName: 'Catalogue' });
    await key.request(CATALOGUE, { first: 1 }, { operationName: 'Catalogue' });
    const rows = await eventually(
      () =>
        testDatabase()
          .query(
            `SELECT operation_name, cost, http_status, code FROM organizations.api_key_usage
              WHERE key_id = $1 ORDER BY occurred_at, id`,
            [issued.apiKey.id],
          )
          .then((result) => result.rows),
      (found) => found.length >= 4,
    );
    expect(rows).toEqual([
      { operation_name: 'Catalogue', cost: 19, http_status: 200, code: null },
      { operation_name: 'Register', cost: 0, http_status: 403, code: 'SCOPE_MISSING' },
      { operation_name: 'Catalogue', cost: 10, http_status: 200, code: null },
      { operation_name: 'Catalogue', cost: 0, http_status: 429, code: 'RATE_LIMITED' },
    ]);
    const usage = await region.data<{ apiKeyUsage: Array<{ requests: number; refused: number; cost: number }> }>(
      USAGE,
      { id: issued.apiKey.id },
    );
    expect(usage.apiKeyUsage).toEqual([expect.objectContaining({ requests: 4, refused: 2, cost: 29 })]);
  });

  it('refuses a key sent with a session cookie, and a malformed or unknown key, doing nothing anonymously', async () => {
    const issued = await issue(region);
    const withCookie = await new PartnerClient(issued.secret).request(
      CATALOGUE,
      { first: 1 },
      { headers: { cookie: operator.sessionCookie! } },
    );
    expect(withCookie.status).toBe(400);
    expect(withCookie.errors?.[0].extensions?.code).toBe('API_KEY_WITH_SESSION');
    const unknown = await new PartnerClient(`pfdo_00000000_${'A'.repeat(43)}`).request(CATALOGUE, { first: 1 });
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0].extensions?.code).toBe('INVALID_API_KEY');
    const malformed = await new PartnerClient('not a key').request(CATALOGUE, { first: 1 });
    expect(malformed.status).toBe(401);
  });
});
