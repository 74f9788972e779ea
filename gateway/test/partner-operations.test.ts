import { createHash, randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { closeTestDatabase, eventually, GatewayClient, signIn, testDatabase } from '@pfdo/testing';

afterAll(closeTestDatabase);

/**
 * Registered operations (trusted documents; README, «Partners»): an operator registers a key's operations; a key
 * set to «только зарегистрированные операции» runs those alone, by hash (`extensions.persistedQuery`) or by
 * their exact text, and is refused anything else with OPERATION_NOT_REGISTERED.
 */
const ISSUE = `mutation ($input: ApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { id } } }`;
const REGISTER_OPERATION = `mutation ($keyId: ID!, $name: String!, $document: String!) {
  registerApiKeyOperation(keyId: $keyId, name: $name, document: $document) { sha256 name } }`;
const REMOVE_OPERATION = `mutation ($keyId: ID!, $sha256: String!) { removeApiKeyOperation(keyId: $keyId, sha256: $sha256) }`;
const REGISTERED_ONLY = `mutation ($id: ID!, $on: Boolean!) { setApiKeyRegisteredOnly(id: $id, registeredOnly: $on) {
  id registeredOnly } }`;
const OPERATIONS = `query ($id: ID!) { apiKey(id: $id) { registeredOnly operations { sha256 name } } }`;
const ROTATE = `mutation ($id: ID!) { rotateApiKey(id: $id, overlapDays: 0) { secret apiKey { id operations { sha256 } } } }`;

const CATALOGUE = `query Catalogue { catalogueMunicipalities { id name } }`;
const AD_HOC = `query AdHoc { catalogue(first: 1) { programs { id } } }`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A partner's raw call: the text, a hash alone, or both. */
async function call(key: string, body: Record<string, unknown>) {
  const response = await fetch(process.env.PFDO_TEST_GATEWAY_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: response.status, ...json };
}
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('registered operations of a partner’s key', () => {
  let operator: GatewayClient;

  beforeAll(async () => {
    operator = await signIn('operator@demo.ru');
  });

  async function issue() {
    const { issueApiKey } = await operator.data<{ issueApiKey: { secret: string; apiKey: { id: string } } }>(ISSUE, {
      input: {
        name: `Ключ ${randomUUID().slice(0, 8)}`,
        partnerName: 'МАУ «ИЦ»',
        scopes: ['CATALOGUE_READ'],
        expiresOn: new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    return { id: issueApiKey.apiKey.id, secret: issueApiKey.secret };
  }

  it('runs a registered operation by its hash, and only registered ones once the key is set so', async () => {
    const key = await issue();
    const registered = await operator.data<{ registerApiKeyOperation: { sha256: string } }>(REGISTER_OPERATION, {
      keyId: key.id,
      name: 'Муниципалитеты',
      document: CATALOGUE,
    });
    expect(registered.registerApiKeyOperation.sha256).toBe(sha256(CATALOGUE));
    // Any key: a registered hash alone runs its text.
    const hashOnly = await call(key.secret, byHash(sha256(CATALOGUE)));
    expect(hashOnly.errors).toBeUndefined();
    expect(hashOnly.data?.catalogueMunicipalities).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: DemoMunicipality.novokuznetsk })]),
    );
    expect((await call(key.secret, { query: AD_HOC })).status).toBe(200);

    const set = await operator.data<{ setApiKeyRegisteredOnly: { registeredOnly: boolean } }>(REGISTERED_ONLY, {
      id: key.id,
      on: true,
    });
    expect(set.setApiKeyRegisteredOnly.registeredOnly).toBe(true);
    const adHoc = await call(key.secret, { query: AD_HOC });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0].extensions?.code).toBe('OPERATION_NOT_REGISTERED');
    expect(adHoc.errors?.[0].message).toMatch(/только зарегистрированные операции/);
    expect((await call(key.secret, byHash(sha256(AD_HOC)))).errors?.[0].extensions?.code).toBe(
      'OPERATION_NOT_REGISTERED',
    );
    // A registered hash with another text is refused, not run.
    expect((await call(key.secret, { query: AD_HOC, ...byHash(sha256(CATALOGUE)) })).status).toBe(403);
    expect((await call(key.secret, byHash(sha256(CATALOGUE)))).data?.catalogueMunicipalities).toBeDefined();
    expect((await call(key.secret, { query: CATALOGUE })).data?.catalogueMunicipalities).toBeDefined();

    const audit = await testDatabase().query(
      `SELECT action FROM organizations.audit_events WHERE subject_id = $1 ORDER BY occurred_at, id`,
      [key.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'API_KEY_ISSUED',
      'API_KEY_OPERATION_REGISTERED',
      'API_KEY_REGISTERED_ONLY_SET',
    ]);
    const usage = await eventually(
      () =>
        testDatabase()
          .query(`SELECT http_status, code FROM organizations.api_key_usage WHERE key_id = $1`, [key.id])
          .then((result) => result.rows),
      (rows) => rows.some((row) => row.code === 'OPERATION_NOT_REGISTERED'),
    );
    expect(usage).toEqual(expect.arrayContaining([{ http_status: 403, code: 'OPERATION_NOT_REGISTERED' }]));

    // Removed: refused from the next request on.
    await operator.data(REMOVE_OPERATION, { keyId: key.id, sha256: sha256(CATALOGUE) });
    expect((await call(key.secret, byHash(sha256(CATALOGUE)))).errors?.[0].extensions?.code).toBe(
      'OPERATION_NOT_REGISTERED',
    );
  });

  it('keeps the operations and the setting through a rotation', async () => {
    const key = await issue();
    await operator.data(REGISTER_OPERATION, { keyId: key.id, name: 'Муниципалитеты', document: CATALOGUE });
    await operator.data(REGISTERED_ONLY, { id: key.id, on: true });
    const { rotateApiKey } = await operator.data<{
      rotateApiKey: { secret: string; apiKey: { id: string; operations: Array<{ sha256: string }> } };
    }>(ROTATE, { id: key.id });
    expect(rotateApiKey.apiKey.operations).toEqual([{ sha256: sha256(CATALOGUE) }]);
    const listed = await operator.data<{ apiKey: { registeredOnly: boolean } }>(OPERATIONS, {
      id: rotateApiKey.apiKey.id,
    });
    expect(listed.apiKey.registeredOnly).toBe(true);
    expect((await call(rotateApiKey.secret, byHash(sha256(CATALOGUE)))).data?.catalogueMunicipalities).toBeDefined();
    expect((await call(rotateApiKey.secret, { query: AD_HOC })).status).toBe(403);
  });

  it('refuses a document that is not one operation, and every role but the key’s operators', async () => {
    const key = await issue();
    for (const document of ['', 'query {', 'query A { me { id } } query B { me { id } }']) {
      const refused = await operator.request(REGISTER_OPERATION, { keyId: key.id, name: 'Плохая', document });
      expect(refused.errors?.[0].extensions?.code).toBe('INVALID_OPERATION_DOCUMENT');
    }
    const kemerovo = await signIn('operator-kem@demo.ru');
    for (const mutation of [
      { query: REGISTER_OPERATION, variables: { keyId: key.id, name: 'Чужая', document: CATALOGUE } },
      { query: REGISTERED_ONLY, variables: { id: key.id, on: true } },
      { query: REMOVE_OPERATION, variables: { keyId: key.id, sha256: sha256(CATALOGUE) } },
    ]) {
      expect((await kemerovo.request(mutation.query, mutation.variables)).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
      for (const login of ['org@demo.ru', 'provider@demo.ru', 'parent']) {
        const other = await signIn(login);
        expect((await other.request(mutation.query, mutation.variables)).errors?.[0].extensions?.code).toBe(
          'FORBIDDEN',
        );
      }
    }
    const { rows } = await testDatabase().query(
      `SELECT count(*)::int AS n FROM organizations.api_key_operations WHERE key_id = $1`,
      [key.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
