import { randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser, Identity, Role } from '@pfdo/platform';
import { callSubgraph, closeTestDatabase, gatewayCredential, signIn, testDatabase } from '@pfdo/testing';

afterAll(closeTestDatabase);

/**
 * A user record (login, ФИО, role) is reachable by key through `_entities`, which the gateway uses and
 * anyone holding a credential can call. Each role reads only the accounts its work needs.
 */
const USER_BY_KEY = `query ($id: ID!) {
  _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { id login fullName role } }
}`;

type Account = keyof typeof DemoUser | 'orgKem';
const accounts: Record<Account, string> = { ...DemoUser, orgKem: randomUUID() };

async function identityOf(id: string): Promise<Identity> {
  const { rows } = await testDatabase().query<Identity>(
    `SELECT id AS "userId", role, full_name AS "fullName", login, organization_id AS "organizationId",
            municipality_id AS "municipalityId", can_view_personal_data AS "canViewPersonalData",
            can_confirm_applications AS "canConfirmApplications"
       FROM organizations.users WHERE id = $1`,
    [id],
  );
  return rows[0];
}

async function readUser(reader: Account, target: Account) {
  const credential = await gatewayCredential(await identityOf(accounts[reader]));
  const response = await callSubgraph('organizations', USER_BY_KEY, {
    credential,
    variables: { id: accounts[target] },
  });
  expect(response.status).toBe(200);
  return response.body as {
    data?: { _entities: Array<{ login: string } | null> };
    errors?: Array<{ extensions?: { code?: string } }>;
  };
}

beforeAll(async () => {
  // A reception organization of Кемерово, which no demo account is.
  await testDatabase().query(
    `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
     VALUES ($1, $2, 'scrypt$unusable', 'МБОУ «СОШ № 1» г. Кемерово (приём заявлений)', 'ORG_OPERATOR', $3)`,
    [accounts.orgKem, `org-kem-${accounts.orgKem}@example.ru`, DemoMunicipality.kemerovo],
  );
});

const everyone: Account[] = [
  'parent',
  'teen',
  'org',
  'orgPd',
  'orgKem',
  'operator',
  'operatorKem',
  'region',
  'provider',
];

/** Who may read whom, besides himself. */
const allowed: Record<Account, Account[]> = {
  parent: [],
  teen: [],
  org: [],
  orgPd: [],
  orgKem: [],
  provider: [],
  // The staff of reception organizations of his own municipality, whose accounts he creates.
  operator: ['org', 'orgPd'],
  operatorKem: ['orgKem'],
  // Every staff account of the region, never a citizen's.
  region: ['org', 'orgPd', 'orgKem', 'operator', 'operatorKem', 'provider'],
};

const cases = everyone.flatMap((reader) =>
  everyone.map((target) => [reader, target, reader === target || allowed[reader].includes(target)] as const),
);

describe('API1:2023 Broken Object Level Authorization: a User by key through _entities', () => {
  it.each(cases.filter(([, , may]) => may))('%s may read the account of %s', async (reader, target) => {
    const body = await readUser(reader, target);
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities[0]?.login).toBeTruthy();
  });

  it.each(cases.filter(([, , may]) => !may))('%s may not read the account of %s', async (reader, target) => {
    const body = await readUser(reader, target);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(body.data?._entities[0] ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toContain('@');
  });

  it('nobody but the citizen reads a citizen account, whatever the role', async () => {
    const roles: Role[] = [
      'ORG_OPERATOR',
      'MUNICIPAL_OPERATOR',
      'REGIONAL_OPERATOR',
      'PROVIDER',
      'PARTNER',
      'CERTIFICATE_HOLDER',
      'CITIZEN',
    ];
    for (const role of roles) {
      const identity: Identity = {
        ...(await identityOf(DemoUser.operator)),
        userId: randomUUID(),
        role,
        municipalityId: DemoMunicipality.novokuznetsk,
      };
      const response = await callSubgraph('organizations', USER_BY_KEY, {
        credential: await gatewayCredential(identity),
        variables: { id: DemoUser.parent },
      });
      expect(JSON.stringify(response.body)).not.toContain('Иванова');
      expect((response.body.errors ?? [])[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('API3:2023 Broken Object Property Level Authorization: a User through the gateway', () => {
  it.each(['parent', 'org@demo.ru', 'operator@demo.ru', 'region@demo.ru', 'provider@demo.ru'])(
    '%s reads his own account, and the gateway offers no _entities to reach others',
    async (login) => {
      const client = await signIn(login);
      const { me } = await client.data<{ me: { login: string } }>('{ me { login fullName role } }');
      expect(me.login).toBe(login);
      const probe = await client.request(USER_BY_KEY, { id: DemoUser.parent });
      expect(probe.data ?? null).toBeNull();
      expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(probe)).not.toContain('Иванова');
    },
  );
});
