import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  CREDENTIAL_HEADER,
  DemoUser,
  EVENTS_PATH,
  Identity,
  mintCredential,
  SESSION_RESOLVE_PATH,
} from '@pfdo/platform';
import { gatewayCredential, SUBGRAPH_PORTS, SubgraphName, testGatewaySecret } from '@pfdo/testing';

/**
 * Anyone who reaches a subgraph can try to speak for the gateway. Each subgraph must refuse, on /graphql and
 * on every internal route, any credential that the gateway of this very stack did not mint, unchanged and
 * in time.
 */

// The secret that was once published in the source as the development default. It proves here that
// nothing accepts it any longer; it must appear nowhere else.
const PUBLISHED_DEVELOPMENT_SECRET = 'pfdo-development-secret-do-not-use-in-production';

const regionOperator: Identity = {
  userId: DemoUser.region,
  role: 'REGIONAL_OPERATOR',
  fullName: 'Кузнецова Анна Дмитриевна',
  login: 'region@demo.ru',
  organizationId: null,
  municipalityId: null,
  canViewPersonalData: true,
  canConfirmApplications: true,
};

const citizen: Identity = {
  ...regionOperator,
  userId: DemoUser.parent,
  role: 'CITIZEN',
  fullName: 'Иванова Марина Сергеевна',
  login: 'parent',
  canViewPersonalData: false,
  canConfirmApplications: false,
};

interface Route {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
}

const GRAPHQL: Route = { method: 'POST', path: '/graphql' };
const EVENTS: Route = { method: 'POST', path: EVENTS_PATH };
const SQL_STATS: Route = { method: 'GET', path: '/internal/sql-stats' };

/** Each subgraph's routes besides /health: its GraphQL endpoint and its internal HTTP routes. */
const ROUTES: Record<SubgraphName, Route[]> = {
  certificates: [
    GRAPHQL,
    { method: 'POST', path: '/uploads/document-scans' },
    { method: 'GET', path: `/documents/applications/${randomUUID()}/form.pdf` },
    EVENTS,
    SQL_STATS,
  ],
  organizations: [
    GRAPHQL,
    { method: 'POST', path: SESSION_RESOLVE_PATH },
    { method: 'GET', path: '/internal/municipalities?ids=10000000-0000-4000-8000-000000000002' },
    EVENTS,
    SQL_STATS,
  ],
  navigator: [GRAPHQL, { method: 'PUT', path: `/internal/certificates/${randomUUID()}` }, SQL_STATS],
  email: [GRAPHQL, EVENTS, SQL_STATS],
};

const CASES = (Object.keys(ROUTES) as SubgraphName[]).flatMap((subgraph) =>
  ROUTES[subgraph].map((route) => [subgraph, route.method, route.path, route] as const),
);

function claims(identity: Identity) {
  return {
    role: identity.role,
    name: identity.fullName,
    login: identity.login,
    pd: identity.canViewPersonalData,
    conf: identity.canConfirmApplications,
    // A service claim opens the internal routes: the forger would add it too.
    svc: 'certificates',
    ip: '127.0.0.1',
    rid: randomUUID(),
  };
}

function signed(secret: string, options: { issuer?: string; audience?: string } = {}) {
  return new SignJWT(claims(regionOperator))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(regionOperator.userId)
    .setIssuer(options.issuer ?? 'pfdo-gateway')
    .setAudience(options.audience ?? 'pfdo-subgraphs')
    .setIssuedAt()
    .setExpirationTime('1m')
    .sign(new TextEncoder().encode(secret));
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const FORGERIES: Array<[string, () => Promise<string | undefined>]> = [
  ['signed with the development secret once published in the source', () => signed(PUBLISHED_DEVELOPMENT_SECRET)],
  [
    'unsigned (alg: none)',
    async () => {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        ...claims(regionOperator),
        sub: regionOperator.userId,
        iss: 'pfdo-gateway',
        aud: 'pfdo-subgraphs',
        iat: now,
        exp: now + 60,
      };
      return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
    },
  ],
  ['from another issuer, with the right secret', () => signed(testGatewaySecret(), { issuer: 'someone-else' })],
  ['for another audience, with the right secret', () => signed(testGatewaySecret(), { audience: 'someone-else' })],
  ['expired', () => gatewayCredential(regionOperator, testGatewaySecret(), -120)],
  [
    'with a tampered payload (a citizen made regional operator)',
    async () => {
      const [header, payload, signature] = (await gatewayCredential(citizen, testGatewaySecret())).split('.');
      const raised = {
        ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
        role: 'REGIONAL_OPERATOR',
        svc: 'certificates',
      };
      return `${header}.${base64url(raised)}.${signature}`;
    },
  ],
  ['missing', async () => undefined],
];

async function call(subgraph: SubgraphName, route: Route, credential: string | undefined) {
  const response = await fetch(`http://127.0.0.1:${SUBGRAPH_PORTS[subgraph]}${route.path}`, {
    method: route.method,
    headers: {
      'content-type': 'application/json',
      ...(credential !== undefined && { [CREDENTIAL_HEADER]: credential }),
    },
    body:
      route.method === 'GET' ? undefined : JSON.stringify(route === GRAPHQL ? { query: '{ _service { sdl } }' } : {}),
  });
  const text = await response.text();
  return { status: response.status, text };
}

describe('API2:2023 Broken Authentication: a subgraph called directly with a forged credential', () => {
  describe.each(FORGERIES)('a credential %s', (_name, forge) => {
    it.each(CASES)('is refused by %s on %s %s with 401 UNAUTHENTICATED', async (subgraph, _method, _path, route) => {
      const response = await call(subgraph, route, await forge());
      expect(response.status).toBe(401);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  // The control: the same routes do serve a credential the stack's gateway would mint.
  it.each(CASES)('a genuine credential passes %s on %s %s', async (subgraph, _method, _path, route) => {
    const genuine = await mintCredential(
      {
        identity: route.path === SESSION_RESOLVE_PATH ? null : regionOperator,
        clientIp: '127.0.0.1',
        requestId: randomUUID(),
        sessionId: null,
        service: 'certificates',
      },
      testGatewaySecret(),
    );
    const response = await call(subgraph, route, genuine);
    expect(response.status).not.toBe(401);
  });
});
