import { SESSIONS_ENDED_HEADER } from '@pfdo/platform';
import type { GatewayContext } from './context';
import { SessionResolver, type ResolvedSession } from './session';
import { SessionCache } from './session-cache';
import { SubgraphDataSource } from './subgraph-data-source';

const session = (sessionId: string, userId: string): ResolvedSession => ({
  sessionId,
  identity: {
    userId,
    role: 'CITIZEN',
    fullName: 'Кэшев Сеанс Петрович',
    login: `${userId}@example.ru`,
    organizationId: null,
    municipalityId: null,
    canViewPersonalData: false,
    canConfirmApplications: false,
  },
});

/**
 * A password changed or an account blocked through this gateway ends the user's sessions here at once, from the
 * subgraph's answer (SESSIONS_ENDED_HEADER), not only when PostgreSQL's notification arrives: the browser where the
 * user is still signed in elsewhere is refused at its very next request.
 */
describe('the sessions a subgraph says have ended', () => {
  const answer = (headers: Record<string, string>) =>
    ({
      response: { http: { headers: new Headers(headers) } },
      context: { caller: { identity: null, sessionId: 'here' } },
      request: {},
    }) as unknown as Parameters<SubgraphDataSource['didReceiveResponse']>[0];

  function arrange() {
    const cache = new SessionCache({ ttlMs: 60_000, max: 100 });
    cache.setListening(true);
    cache.remember('here', session('here', 'u1'), cache.snapshot());
    cache.remember('elsewhere', session('elsewhere', 'u1'), cache.snapshot());
    cache.remember('other-user', session('other-user', 'u2'), cache.snapshot());
    const source = new SubgraphDataSource(
      'http://127.0.0.1:9/graphql',
      'secret',
      new SessionResolver('http://127.0.0.1:9/graphql', 'secret', 1_000, cache),
      1_000,
    );
    return { cache, source };
  }

  it('are forgotten by the gateway that carried the change, every session of that user and no other', async () => {
    const { cache, source } = arrange();
    await source.didReceiveResponse(answer({ [SESSIONS_ENDED_HEADER]: 'u1' }));
    expect(cache.get('here')).toBeUndefined();
    expect(cache.get('elsewhere')).toBeUndefined();
    expect(cache.get('other-user')?.identity.userId).toBe('u2');
  });

  it('stay as they were when the answer names none', async () => {
    const { cache, source } = arrange();
    const context = answer({});
    await source.didReceiveResponse(context);
    expect(cache.get('elsewhere')?.identity.userId).toBe('u1');
    expect((context.context as GatewayContext).caller.sessionId).toBe('here');
  });
});
