import { randomUUID } from 'node:crypto';
import { anonymous, GatewayClient, signIn, testGatewaySecret, TEST_PORTS } from '@pfdo/testing';
import { freePort, startService, untilHealthy } from './security/services.support';

/**
 * Two instances of the gateway, each with an organizations subgraph of its own, on one database: what a
 * load balancer in front of replicas does to a person's requests (each may land on either). The test
 * stack's gateway and organizations subgraph are one pair; a second pair is started beside them. Sessions
 * and the sign-in limits live in PostgreSQL, so either pair sees what the other did.
 */
const LOGIN = `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`;
const ME = '{ me { login } }';
/** The README's default: the 10th failure of one login within 15 minutes locks it. */
const FAILURES_PER_LOGIN = 10;
/** A documentation address of this test's own, so that no other test's per-IP count moves. */
const CLIENT_IP = '198.51.100.61';

let organizations: ReturnType<typeof startService>;
let gateway: ReturnType<typeof startService>;
let secondGatewayUrl = '';
const first = (client: Partial<{ forwardedFor: string }> = {}) => anonymous(client);
const second = (client: Partial<{ forwardedFor: string }> = {}) =>
  anonymous({ ...client, gatewayUrl: secondGatewayUrl });

beforeAll(async () => {
  const subgraph = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const organizationsPort = await freePort();
  organizations = startService('subgraphs/organizations/dist/main.js', {
    DATABASE_URL: process.env.PFDO_TEST_DATABASE_URL ?? '',
    GATEWAY_SECRET: testGatewaySecret(),
    ORGANIZATIONS_PORT: String(organizationsPort),
  });
  await untilHealthy(organizationsPort, organizations);
  const gatewayPort = await freePort();
  gateway = startService('gateway/dist/main.js', {
    // The gateway listens on the database for ended sessions (its session cache): on the test stack's, as a
    // replica would on production's. Left to its development default it would depend on whatever this machine
    // runs there (another checkout's `npm start`), and keep sessions no revocation reaches.
    DATABASE_URL: process.env.PFDO_TEST_DATABASE_URL ?? '',
    GATEWAY_SECRET: testGatewaySecret(),
    GATEWAY_PORT: String(gatewayPort),
    CERTIFICATES_URL: subgraph(TEST_PORTS.certificates),
    ORGANIZATIONS_URL: subgraph(organizationsPort),
    NAVIGATOR_URL: subgraph(TEST_PORTS.navigator),
    EMAIL_URL: subgraph(TEST_PORTS.email),
    // As the test stack's gateway: the client's address comes from x-forwarded-for sent from loopback.
    TRUST_PROXY: 'loopback',
    // A failed sign-in costs a memory-hard hash, slow on a loaded test machine.
    SUBGRAPH_TIMEOUT_MS: '30000',
  });
  await untilHealthy(gatewayPort, gateway);
  secondGatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await organizations?.stop();
});

/** A client of the other instance with the same cookie, as the next request of the same browser. */
function sameBrowserOn(instance: typeof first, client: GatewayClient): GatewayClient {
  const other = instance();
  other.sessionCookie = client.sessionCookie;
  return other;
}

describe('two gateways on one database', () => {
  it('a sign-in through one works through the other', async () => {
    const operator = await signIn('operator@demo.ru');
    expect(operator.sessionCookie).toMatch(/^pfdo_session=/);
    const { me } = await sameBrowserOn(second, operator).data<{ me: { login: string } | null }>(ME);
    expect(me).toEqual({ login: 'operator@demo.ru' });
  });

  it('a sign-out through one refuses the cookie on both', async () => {
    const parent = await signIn('parent');
    const onSecond = sameBrowserOn(second, parent);
    expect((await onSecond.data<{ me: unknown }>(ME)).me).toEqual({ login: 'parent' });

    expect(await onSecond.data<{ logout: boolean }>('mutation { logout }')).toEqual({ logout: true });
    const cookie = parent.sessionCookie;
    for (const instance of [first, second]) {
      const stale = instance();
      stale.sessionCookie = cookie;
      expect((await stale.data<{ me: unknown }>(ME)).me).toBeNull();
    }
  });

  it('counts failed sign-ins of one login through both: the limit is one, not one per instance', async () => {
    const login = `nobody.${randomUUID().slice(0, 8)}@example.ru`;
    const attempt = async (instance: typeof first, password: string) => {
      const result = await instance({ forwardedFor: CLIENT_IP }).request(LOGIN, { login, password });
      return { code: result.errors?.[0]?.extensions?.code, status: result.status };
    };
    // Alternating instances, as a balancer spreads them, until the login is locked. Counted per instance,
    // each would refuse only at its own 10th failure: the 19th attempt. Counted once, the 10th is refused.
    // An attempt the gateway gave up on (SUBGRAPH_UNAVAILABLE: a hash slower than its deadline on a loaded
    // machine) may or may not have been counted, so it moves the bound by one.
    const codes: Array<string | undefined> = [];
    let givenUp = 0;
    while (codes.length < 2 * FAILURES_PER_LOGIN && codes.at(-1) !== 'RATE_LIMITED') {
      const { code } = await attempt(codes.length % 2 ? second : first, `wrong-${codes.length}`);
      codes.push(code);
      if (code === 'SUBGRAPH_UNAVAILABLE') givenUp += 1;
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes.length).toBeLessThanOrEqual(FAILURES_PER_LOGIN + givenUp);
    expect(givenUp).toBeLessThan(FAILURES_PER_LOGIN - 1);
    expect(new Set(codes.slice(0, -1))).toEqual(
      new Set(['INVALID_CREDENTIALS', ...(givenUp ? ['SUBGRAPH_UNAVAILABLE'] : [])]),
    );
    // Locked for both: the other instance refuses the next attempt too, whatever the password.
    const lockedLast = codes.length % 2 ? first : second;
    const other = lockedLast === first ? second : first;
    expect(await attempt(other, 'wrong-after')).toEqual({ code: 'RATE_LIMITED', status: 429 });
  }, 240_000);
});
