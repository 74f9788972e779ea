import { CREDENTIAL_HEADER } from '@pfdo/platform';
import {
  arrangeCitizen,
  closeTestDatabase,
  gatewayCredential,
  signIn,
  SUBGRAPH_PORTS,
  TEST_PORTS,
  testDatabase,
  tinyPng,
} from '@pfdo/testing';

afterAll(closeTestDatabase);

const GATEWAY = `http://127.0.0.1:${TEST_PORTS.gateway}`;
const CERTIFICATES = `http://127.0.0.1:${SUBGRAPH_PORTS.certificates}`;

/** Nothing in an error body may tell how the service is built: no HTML page, no stack, no file path. */
function expectNoLeak(body: string): void {
  expect(body).not.toMatch(/<(!DOCTYPE|html|pre)/i);
  expect(body).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.js:\d+/);
  expect(body).not.toMatch(/serviceName|stacktrace/);
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe('API8:2023 Security Misconfiguration — error answers are JSON with a code, never a stack trace', () => {
  it.each([
    ['the gateway', () => `${GATEWAY}/graphql`, async () => ({})],
    [
      'a subgraph (with a gateway credential)',
      () => `${CERTIFICATES}/graphql`,
      async () => ({ [CREDENTIAL_HEADER]: await gatewayCredential() }),
    ],
  ])('%s answers malformed JSON with 400 MALFORMED_JSON', async (_name, url, headers) => {
    const answer = await post(url(), '{"query": "{ me { id } }"', await headers());
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/application\/json/);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('MALFORMED_JSON');
    expectNoLeak(answer.text);
  });

  it.each([
    ['the gateway', () => `${GATEWAY}/graphql`, async () => ({})],
    [
      'a subgraph (with a gateway credential)',
      () => `${CERTIFICATES}/graphql`,
      async () => ({ [CREDENTIAL_HEADER]: await gatewayCredential() }),
    ],
  ])('%s answers an oversized body with 413 PAYLOAD_TOO_LARGE', async (_name, url, headers) => {
    const answer = await post(
      url(),
      JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
      await headers(),
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expectNoLeak(answer.text);
  });

  it('answers an unknown address with a JSON 404', async () => {
    const response = await fetch(`${GATEWAY}/no/such/route`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('NOT_FOUND');
    expectNoLeak(text);
  });

  it('does not say which subgraph refused a field', async () => {
    const answer = await (await signIn('parent')).request('query { applicationRegister { totalCount } }');
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expectNoLeak(JSON.stringify(answer.errors));
  });
});

describe('API8:2023 Security Misconfiguration — a scan is uploaded only from the portal’s own pages', () => {
  const scansOf = async (userId: string) =>
    Number(
      (
        await testDatabase().query('SELECT count(*) FROM certificates.document_scans WHERE uploaded_by_user_id = $1', [
          userId,
        ])
      ).rows[0].count,
    );

  it('refuses a cross-origin browser POST that carries the citizen’s cookie, and stores nothing', async () => {
    const account = await arrangeCitizen();
    const citizen = await signIn(account.login);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'scan.png');
    for (const origin of ['http://evil.example', 'null', `http://localhost:${TEST_PORTS.gateway + 1}`]) {
      const response = await citizen.http('/uploads/document-scans', {
        method: 'POST',
        body: form,
        headers: { origin },
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN_ORIGIN');
    }
    expect(await scansOf(account.id)).toBe(0);
  });

  it('accepts the same upload from the gateway’s own origin and from a program that sends no Origin', async () => {
    const account = await arrangeCitizen();
    const citizen = await signIn(account.login);
    for (const headers of [{ origin: `http://localhost:${TEST_PORTS.gateway}` }, {}] as Array<Record<string, string>>) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'scan.png');
      const response = await citizen.http('/uploads/document-scans', { method: 'POST', body: form, headers });
      expect(response.status).toBe(201);
    }
    expect(await scansOf(account.id)).toBe(2);
  });
});
