import { testGatewaySecret, TEST_PORTS } from '@pfdo/testing';
import { freePort, startService, untilHealthy } from './security/services.support';

/**
 * A hung subgraph costs a query only its own part, within the gateway's timeout. The test stack's
 * subgraphs are shared with every other test, so a navigator and a gateway of this test's own are started
 * beside them (on the same database), and only that navigator is stopped.
 */
const TIMEOUT_MS = 1_500;
let navigator: ReturnType<typeof startService>;
let gateway: ReturnType<typeof startService>;
let gatewayUrl = '';

beforeAll(async () => {
  const navigatorPort = await freePort();
  navigator = startService('subgraphs/navigator/dist/main.js', {
    DATABASE_URL: process.env.PFDO_TEST_DATABASE_URL ?? '',
    GATEWAY_SECRET: testGatewaySecret(),
    NAVIGATOR_PORT: String(navigatorPort),
  });
  await untilHealthy(navigatorPort, navigator);
  const gatewayPort = await freePort();
  const subgraph = (port: number) => `http://127.0.0.1:${port}/graphql`;
  gateway = startService('gateway/dist/main.js', {
    GATEWAY_SECRET: testGatewaySecret(),
    GATEWAY_PORT: String(gatewayPort),
    CERTIFICATES_URL: subgraph(TEST_PORTS.certificates),
    ORGANIZATIONS_URL: subgraph(TEST_PORTS.organizations),
    NAVIGATOR_URL: subgraph(navigatorPort),
    EMAIL_URL: subgraph(TEST_PORTS.email),
    SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
  });
  await untilHealthy(gatewayPort, gateway);
  gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
}, 60_000);

afterAll(async () => {
  process.kill(navigator.pid, 'SIGCONT');
  await gateway?.stop();
  await navigator?.stop();
});

async function ask(query: string, cookie: string) {
  const started = Date.now();
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
  };
  return { ...body, elapsedMs: Date.now() - started };
}

/**
 * Through the test stack's gateway, whose deadline a sign-in's memory-hard hash fits on a loaded machine
 * (this one's is 1.5 s); the session is in the database, so the cookie works on this test's gateway too.
 */
async function signInOperator(): Promise<string> {
  const response = await fetch(process.env.PFDO_TEST_GATEWAY_URL ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(login: "operator@demo.ru", password: "demo2026") { id } }' }),
  });
  return response.headers.get('set-cookie')!.split(';')[0];
}

describe('a hung subgraph (its process stopped)', () => {
  it('costs a query only its part, within the timeout, and the rest of the graph answers as before', async () => {
    const cookie = await signInOperator();
    expect((await ask('{ programs(first: 1) { id } }', cookie)).errors).toBeUndefined();

    process.kill(navigator.pid, 'SIGSTOP');
    try {
      const hung = await ask('{ programs(first: 1) { id } }', cookie);
      expect(hung.errors).toEqual([
        {
          message: 'Сервис временно недоступен. Попробуйте позже',
          path: ['programs'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
        },
      ]);
      expect(hung.data ?? null).toBeNull();
      // Bounded by the timeout, not by how long the subgraph stays stopped (the whole test here).
      expect(hung.elapsedMs).toBeLessThan(TIMEOUT_MS + 5_000);

      const elsewhere = await ask('{ me { id login } municipalities { id name } }', cookie);
      expect(elsewhere.errors).toBeUndefined();
      expect((elsewhere.data?.me as { login: string }).login).toBe('operator@demo.ru');
    } finally {
      process.kill(navigator.pid, 'SIGCONT');
    }

    // Back without any manual step on the gateway.
    expect((await ask('{ programs(first: 1) { id } }', cookie)).errors).toBeUndefined();
  }, 60_000);
});
