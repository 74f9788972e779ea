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
import { sessionTokenFrom } from '../src/session';
import { sessionIdOf } from '../src/session-cache';

/**
 * The gateways keep resolved sessions for a few seconds (SESSION_CACHE_TTL_MS): a session that ends or a user
 * that changes must be refused by every gateway as soon as it hears of it. Two gateways of the test's own share
 * the test stack's database, as two replicas would. A revocation reaches a gateway with PostgreSQL's NOTIFY,
 * a few milliseconds after the commit: the test waits for each gateway to have heard it (the cache's `revoked`
 * event), not for a while, and then no answer may come from memory. Through the gateway that signs a session
 * out, the very next request is refused without waiting for anything.
 */
const ME = '{ me { login fullName } }';
type Me = { me: { login: string; fullName: string } | null };

let gateways: { running: RunningGateway; url: string }[] = [];

async function startOne(): Promise<{ running: RunningGateway; url: string }> {
  const port = await freePort();
  const subgraphUrl = (name: keyof typeof SUBGRAPH_PORTS) => `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/graphql`;
  const running = await startGateway(
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
  if (!running.sessionCache?.enabled) throw new Error('the gateway does not hear session revocations');
  return { running, url: `http://127.0.0.1:${port}/graphql` };
}

beforeAll(async () => {
  gateways = [await startOne(), await startOne()];
});

afterAll(async () => {
  await Promise.all(gateways.map(({ running }) => running.close()));
  await closeTestDatabase();
});

/** Resolves once the gateway's cache has applied the notification `expected` (`s:<session id>`, `u:<user id>`). */
function heardOf(running: RunningGateway, expected: string): Promise<void> {
  const cache = running.sessionCache!;
  return new Promise((resolve) => {
    const listener = (payload: string | undefined) => {
      if (payload !== expected) return;
      cache.events.off('revoked', listener);
      resolve();
    };
    cache.events.on('revoked', listener);
  });
}

/** A new citizen signed in through the first gateway, and the same cookie in a client of the second. */
async function citizenOnBoth(): Promise<{
  id: string;
  login: string;
  first: GatewayClient;
  other: GatewayClient;
  /** The notification that announces the end of this session. */
  ended: string;
}> {
  const citizen = await arrangeCitizen('Кэшев Сеанс Петрович');
  const first = await signIn(citizen.login, undefined, { gatewayUrl: gateways[0].url });
  const other = new GatewayClient({ gatewayUrl: gateways[1].url });
  other.sessionCookie = first.sessionCookie;
  // Twice through each: the second answer of each comes from its cache.
  for (const client of [first, other, first, other]) {
    expect((await client.data<Me>(ME)).me?.login).toBe(citizen.login);
  }
  const token = sessionTokenFrom(first.sessionCookie ?? undefined);
  if (!token) throw new Error('no session cookie after signing in');
  return { ...citizen, first, other, ended: `s:${sessionIdOf(token)}` };
}

describe('the gateways’ cache of sessions', () => {
  it('refuses a session signed out through one gateway at once there, and on the other once it has heard', async () => {
    const { first, other, ended } = await citizenOnBoth();
    const cookie = first.sessionCookie;
    const otherHeard = heardOf(gateways[1].running, ended);
    await first.data('mutation { logout }');
    const again = new GatewayClient({ gatewayUrl: gateways[0].url });
    again.sessionCookie = cookie;
    expect((await again.data<Me>(ME)).me).toBeNull();
    await otherHeard;
    expect((await other.data<Me>(ME)).me).toBeNull();
  });

  it('refuses a session ended in the database (blocking, a password change) once each gateway has heard', async () => {
    const { id, first, other, ended } = await citizenOnBoth();
    const heard = gateways.map(({ running }) => heardOf(running, ended));
    await testDatabase().query('DELETE FROM organizations.sessions WHERE user_id = $1', [id]);
    await Promise.all(heard);
    expect((await first.data<Me>(ME)).me).toBeNull();
    expect((await other.data<Me>(ME)).me).toBeNull();
  });

  it('looks every session of a user up afresh once a change of the user is heard', async () => {
    const { id, first, other } = await citizenOnBoth();
    const heard = gateways.map(({ running }) => heardOf(running, `u:${id}`));
    await testDatabase().query(`UPDATE organizations.users SET full_name = 'Кэшев Сеанс Иванович' WHERE id = $1`, [id]);
    await Promise.all(heard);
    expect((await first.data<Me>(ME)).me?.fullName).toBe('Кэшев Сеанс Иванович');
    expect((await other.data<Me>(ME)).me?.fullName).toBe('Кэшев Сеанс Иванович');
  });
});
