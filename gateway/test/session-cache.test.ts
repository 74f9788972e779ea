import { freePort } from '@pfdo/devstack/processes';
import {
  arrangeCitizen,
  closeTestDatabase,
  GatewayClient,
  signIn,
  SUBGRAPH_PORTS,
  testDatabase,
  testGatewaySecret,
} from '@pfdo/testing';
import { readGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/server';

/**
 * The gateways keep resolved sessions for a few seconds (SESSION_CACHE_TTL_MS): a session that ends or a user
 * that changes must still be seen on the very next request, through any gateway. The test stack's gateway and
 * a second one of the test's own share the database, as two replicas would.
 */
const ME = '{ me { login fullName } }';
type Me = { me: { login: string; fullName: string } | null };

let second: RunningGateway;
let secondUrl: string;

beforeAll(async () => {
  const port = await freePort();
  const subgraphUrl = (name: keyof typeof SUBGRAPH_PORTS) => `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/graphql`;
  second = await startGateway(
    readGatewayConfig({
      GATEWAY_PORT: String(port),
      GATEWAY_SECRET: testGatewaySecret(),
      DATABASE_URL: process.env.PFDO_TEST_DATABASE_URL,
      CERTIFICATES_URL: subgraphUrl('certificates'),
      ORGANIZATIONS_URL: subgraphUrl('organizations'),
      NAVIGATOR_URL: subgraphUrl('navigator'),
      EMAIL_URL: subgraphUrl('email'),
      // Long enough that only an invalidation, not the expiry, can explain a fresh answer.
      SESSION_CACHE_TTL_MS: '60000',
    }),
  );
  secondUrl = `http://127.0.0.1:${port}/graphql`;
});

afterAll(async () => {
  await second?.close();
  await closeTestDatabase();
});

/** A new citizen signed in through the test stack's gateway, and the same cookie in a client of the second. */
async function citizenOnBoth(): Promise<{ id: string; login: string; first: GatewayClient; other: GatewayClient }> {
  const citizen = await arrangeCitizen('Кэшев Сеанс Петрович');
  const first = await signIn(citizen.login);
  const other = new GatewayClient({ gatewayUrl: secondUrl });
  other.sessionCookie = first.sessionCookie;
  // Twice through each: the second answer of each comes from its cache.
  for (const client of [first, other, first, other]) {
    expect((await client.data<Me>(ME)).me?.login).toBe(citizen.login);
  }
  return { ...citizen, first, other };
}

describe('the gateways’ cache of sessions', () => {
  it('refuses a session signed out through one gateway on the very next request through the other', async () => {
    const { first, other } = await citizenOnBoth();
    const cookie = first.sessionCookie;
    await first.data('mutation { logout }');
    expect((await other.data<Me>(ME)).me).toBeNull();
    const again = new GatewayClient();
    again.sessionCookie = cookie;
    expect((await again.data<Me>(ME)).me).toBeNull();
  });

  it('refuses a session ended in the database (blocking, a password change) on the very next request', async () => {
    const { id, first, other } = await citizenOnBoth();
    await testDatabase().query('DELETE FROM organizations.sessions WHERE user_id = $1', [id]);
    expect((await first.data<Me>(ME)).me).toBeNull();
    expect((await other.data<Me>(ME)).me).toBeNull();
  });
});
