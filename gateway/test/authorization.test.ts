import { DemoMunicipality } from '@pfdo/platform';
import { anonymous, callSubgraph, gatewayCredential, signIn } from '@pfdo/testing';

const NOVOKUZNETSK_APPLICATIONS = `
  query ($id: ID!) { municipality(id: $id) { name recentApplications { number } } }`;

describe('authorization', () => {
  it('lets an anonymous caller ask only who he is', async () => {
    const visitor = anonymous();
    expect(await visitor.data('{ me { id } }')).toEqual({ me: null });
    for (const query of [
      '{ municipalities { name } }',
      '{ programs { title } }',
      '{ me { id } municipalities { id } }',
    ]) {
      const result = await visitor.request(query);
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
    const logout = await visitor.request('mutation { logout }');
    expect(logout.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(['parent', 'teen', 'provider@demo.ru'])('refuses the register of applications to %s', async (login) => {
    const client = await signIn(login);
    const result = await client.request(NOVOKUZNETSK_APPLICATIONS, { id: DemoMunicipality.novokuznetsk });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe('Недостаточно прав для этого действия');
  });

  it('shows a reception organization its own municipality’s register and no other', async () => {
    const organization = await signIn('org@demo.ru');
    const own = await organization.request(NOVOKUZNETSK_APPLICATIONS, { id: DemoMunicipality.novokuznetsk });
    expect(own.errors).toBeUndefined();
    const other = await organization.request(NOVOKUZNETSK_APPLICATIONS, { id: DemoMunicipality.kemerovo });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps an operator of Кемерово out of Новокузнецк’s register', async () => {
    const kemerovo = await signIn('operator-kem@demo.ru');
    const result = await kemerovo.request(NOVOKUZNETSK_APPLICATIONS, { id: DemoMunicipality.novokuznetsk });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await kemerovo.request(NOVOKUZNETSK_APPLICATIONS, { id: DemoMunicipality.kemerovo });
    expect(own.errors).toBeUndefined();
  });

  it('guards entity fields reached through _entities, not only root fields', async () => {
    // A credential naming no one gets the entity's type but none of its protected fields.
    const response = await callSubgraph(
      'certificates',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { recentApplications { number } } } }`,
      {
        credential: await gatewayCredential(),
        variables: { r: [{ __typename: 'Municipality', id: DemoMunicipality.novokuznetsk }] },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a citizen his own children and no one else’s', async () => {
    const parent = await signIn('parent');
    const { me } = await parent.data<{ me: { children: Array<{ name: string }> } }>('{ me { children { name } } }');
    // Other tests give `parent` children of their own; the demo's two are always there.
    expect(me.children.map((child) => child.name)).toEqual(expect.arrayContaining(['Артём', 'Софья']));
    const teen = await signIn('teen');
    const own = await teen.data<{ me: { children: Array<{ name: string }> } }>('{ me { children { name } } }');
    expect(own.me.children.map((child) => child.name)).toEqual(['Артём']);
  });
});
