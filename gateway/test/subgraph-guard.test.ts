import { SignJWT } from 'jose';
import { DemoUser } from '@pfdo/platform';
import { callSubgraph, gatewayCredential, SUBGRAPH_PORTS, SubgraphName, testGatewaySecret } from '@pfdo/testing';

const SUBGRAPHS = Object.keys(SUBGRAPH_PORTS) as SubgraphName[];
const SERVICE = '{ _service { sdl } }';
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;
const representations = [{ __typename: 'Municipality', id: '10000000-0000-4000-8000-000000000002' }];

const regionOperator = {
  userId: DemoUser.region,
  role: 'REGIONAL_OPERATOR' as const,
  fullName: 'Кузнецова Анна Дмитриевна',
  login: 'region@demo.ru',
  organizationId: null,
  municipalityId: null,
  canViewPersonalData: false,
  canConfirmApplications: false,
};

describe.each(SUBGRAPHS)('a direct request to the %s subgraph', (subgraph) => {
  it.each([
    ['without a credential', async () => undefined],
    ['with a forged credential', async () => 'not-a-token'],
    ['with an expired credential', () => gatewayCredential(regionOperator, undefined, -120)],
    ['with a credential signed by another secret', () => gatewayCredential(regionOperator, 'x'.repeat(48))],
    [
      'with an unsigned credential',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
          JSON.stringify({
            sub: DemoUser.region,
            role: 'REGIONAL_OPERATOR',
            iss: 'pfdo-gateway',
            aud: 'pfdo-subgraphs',
            exp: 4102444800,
          }),
        ).toString('base64url')}.`,
    ],
  ])('%s is refused with 401, _service and _entities included', async (_case, credential) => {
    const token = await credential();
    for (const [query, variables] of [
      [SERVICE, {}],
      [ENTITIES, { representations }],
    ] as const) {
      const response = await callSubgraph(subgraph, query, { credential: token, variables });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.data).toBeUndefined();
    }
  });

  it('with the right issuer but a token from some other system is refused', async () => {
    const foreign = await new SignJWT({ role: 'REGIONAL_OPERATOR' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(DemoUser.region)
      .setIssuer('someone-else')
      .setAudience('pfdo-subgraphs')
      .setIssuedAt()
      .setExpirationTime('1m')
      // The stack's own secret: only the issuer is wrong.
      .sign(new TextEncoder().encode(testGatewaySecret()));
    const response = await callSubgraph(subgraph, SERVICE, { credential: foreign });
    expect(response.status).toBe(401);
  });

  it('with a valid gateway credential is served (the control case)', async () => {
    const response = await callSubgraph(subgraph, SERVICE, { credential: await gatewayCredential() });
    expect(response.status).toBe(200);
    expect((response.body.data as { _service: { sdl: string } })._service.sdl).toContain('@key');
  });
});
