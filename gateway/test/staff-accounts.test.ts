import { randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import {
  anonymous,
  closeTestDatabase,
  countSqlStatements,
  eventually,
  GatewayClient,
  signIn,
  testDatabase,
  uniqueEmail,
} from '@pfdo/testing';

afterAll(closeTestDatabase);

const ACCOUNT = `id login fullName role blocked canViewPersonalData canConfirmApplications
  organization { name address workingHours responsiblePerson phones } municipality { id name }`;
const CREATE = `mutation ($input: StaffAccountInput!, $password: NewPasswordInput!) {
  createStaffAccount(input: $input, password: $password) { generatedPassword account { ${ACCOUNT} } } }`;
const UPDATE = `mutation ($id: ID!, $input: StaffAccountInput!) { updateStaffAccount(id: $id, input: $input) { ${ACCOUNT} } }`;
const BLOCK = `mutation ($id: ID!) { blockStaffAccount(id: $id) { id blocked } }`;
const UNBLOCK = `mutation ($id: ID!) { unblockStaffAccount(id: $id) { id blocked } }`;
const RESET = `mutation ($id: ID!, $password: NewPasswordInput!) {
  resetStaffAccountPassword(id: $id, password: $password) { generatedPassword account { id } } }`;
const LIST = `query ($search: String, $first: Int, $after: String) {
  staffAccounts(search: $search, first: $first, after: $after) {
    totalCount nextCursor accounts { id login fullName blocked organization { name } municipality { name } } } }`;
const ONE = `query ($id: ID!) { staffAccount(id: $id) { id login } }`;
const ME = `{ me { login role } }`;

const PASSWORD = 'Kedr2026x';

function details(marker: string, extra: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail(marker),
    name: `МБОУ «СОШ ${marker}»`,
    address: 'ул. Ленина 1',
    workingHours: 'пн-пт 9:00–17:00',
    responsiblePerson: 'Иванова Ирина Петровна',
    phone: '8 (3843) 00-00-00',
    canViewPersonalData: true,
    canConfirmApplications: false,
    ...extra,
  };
}

type Created = { createStaffAccount: { generatedPassword: string | null; account: { id: string; login: string } } };

async function create(operator: GatewayClient, marker: string, extra: Record<string, unknown> = {}) {
  const input = details(marker, extra);
  const { createStaffAccount } = await operator.data<Created>(CREATE, {
    input,
    password: { password: PASSWORD, passwordRepeat: PASSWORD },
  });
  return { ...createStaffAccount.account, input };
}

const auditOf = (subjectId: string) =>
  testDatabase()
    .query(
      `SELECT action, actor_user_id, client_ip, before, after FROM organizations.audit_events WHERE subject_id = $1 ORDER BY id`,
      [subjectId],
    )
    .then((result) => result.rows);

/** Reception organizations of Новокузнецк straight in the database (no password hashing): for list sizes. */
async function arrangeAccounts(marker: string, from: number, to: number) {
  for (let index = from; index < to; index += 1) {
    const organizationId = randomUUID();
    await testDatabase().query(
      `INSERT INTO organizations.organizations (id, municipality_id, kind, name) VALUES ($1, $2, 'RECEPTION', $3)`,
      [organizationId, DemoMunicipality.novokuznetsk, `${marker}-${index}`],
    );
    await testDatabase().query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, organization_id, municipality_id)
       VALUES ($1, $2, 'none', $3, 'ORG_OPERATOR', $4, $5)`,
      [randomUUID(), uniqueEmail('list'), `${marker}-${index}`, organizationId, DemoMunicipality.novokuznetsk],
    );
  }
}

let operator: GatewayClient;
let kemerovo: GatewayClient;
let region: GatewayClient;

beforeAll(async () => {
  // One after another: three password checks at once wait on each other on a busy machine.
  operator = await signIn('operator@demo.ru');
  kemerovo = await signIn('operator-kem@demo.ru');
  region = await signIn('region@demo.ru');
});

describe('«Создать нового»', () => {
  it('creates a reception organization of the operator’s municipality that can sign in at once', async () => {
    const input = details('new');
    const { createStaffAccount } = await operator.data<Created>(CREATE, {
      input,
      password: { password: PASSWORD, passwordRepeat: PASSWORD },
    });
    expect(createStaffAccount.generatedPassword).toBeNull();
    expect(createStaffAccount.account).toMatchObject({
      login: input.email,
      fullName: input.name,
      role: 'ORG_OPERATOR',
      blocked: false,
      canViewPersonalData: true,
      canConfirmApplications: false,
      organization: {
        name: input.name,
        address: 'ул. Ленина 1',
        workingHours: 'пн-пт 9:00–17:00',
        responsiblePerson: 'Иванова Ирина Петровна',
        phones: '8 (3843) 00-00-00',
      },
      municipality: { id: DemoMunicipality.novokuznetsk },
    });
    const organization = await signIn(input.email, PASSWORD);
    expect((await organization.data<{ me: unknown }>(ME)).me).toEqual({ login: input.email, role: 'ORG_OPERATOR' });

    const [audit] = await auditOf(createStaffAccount.account.id);
    expect(audit).toMatchObject({ action: 'STAFF_ACCOUNT_CREATED', after: { login: input.email, blocked: false } });
    expect(audit.actor_user_id).toBeTruthy();
    expect(audit.client_ip).not.toBe('');
    expect(JSON.stringify(audit)).not.toMatch(/scrypt|Kedr2026x/);
  });

  it('generates a password when asked, shown once, that signs in', async () => {
    const input = details('gen');
    const { createStaffAccount } = await operator.data<Created>(CREATE, { input, password: { generate: true } });
    const password = createStaffAccount.generatedPassword!;
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    await signIn(input.email, password);
  });

  it.each([
    ['a bad e-mail', { email: 'school@' }, { password: PASSWORD, passwordRepeat: PASSWORD }, 'INVALID_EMAIL', 'email'],
    ['a weak password', {}, { password: 'qwertyui', passwordRepeat: 'qwertyui' }, 'WEAK_PASSWORD', 'password'],
    [
      'a mismatched password',
      {},
      { password: PASSWORD, passwordRepeat: `${PASSWORD}!` },
      'PASSWORDS_DO_NOT_MATCH',
      'passwordRepeat',
    ],
  ])('refuses %s with its own code and message, writing nothing', async (_name, changed, password, code, field) => {
    const input = details('bad', changed);
    const result = await operator.request(CREATE, { input, password });
    expect(result.errors?.[0].extensions).toMatchObject({ code, field });
    expect((result.errors?.[0].extensions?.fields as Record<string, string>)[field]).toMatch(/[а-я]/);
    const { rowCount } = await testDatabase().query(`SELECT 1 FROM organizations.organizations WHERE name = $1`, [
      input.name,
    ]);
    expect(rowCount).toBe(0);
  });

  it('refuses a duplicate e-mail, whatever its case, and leaves no organization behind', async () => {
    const first = await create(operator, 'dup');
    const input = details('dup2', { email: first.login.toUpperCase() });
    const result = await operator.request(CREATE, {
      input,
      password: { password: PASSWORD, passwordRepeat: PASSWORD },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Пользователь с таким e-mail уже есть',
      extensions: { code: 'DUPLICATE_EMAIL', field: 'email' },
    });
    const { rowCount } = await testDatabase().query(`SELECT 1 FROM organizations.organizations WHERE name = $1`, [
      input.name,
    ]);
    expect(rowCount).toBe(0);
  });
});

describe('editing, blocking, a new password', () => {
  it('edits the details and the rights, with the change in the audit', async () => {
    const account = await create(operator, 'edit');
    const input = details('edit', { email: account.login, name: 'Новое имя', canConfirmApplications: true });
    const { updateStaffAccount } = await operator.data<{ updateStaffAccount: Record<string, unknown> }>(UPDATE, {
      id: account.id,
      input,
    });
    expect(updateStaffAccount).toMatchObject({ fullName: 'Новое имя', canConfirmApplications: true });
    const [, edited] = await auditOf(account.id);
    expect(edited).toMatchObject({
      action: 'STAFF_ACCOUNT_EDITED',
      before: { fullName: account.input.name, canConfirmApplications: false },
      after: { fullName: 'Новое имя', canConfirmApplications: true, organization: { name: 'Новое имя' } },
    });
  });

  it('blocking ends the account’s session and refuses its sign-in; unblocking lets it in again', async () => {
    const account = await create(operator, 'block');
    const organization = await signIn(account.login, PASSWORD);
    expect((await organization.data<{ me: unknown }>(ME)).me).not.toBeNull();

    await operator.data(BLOCK, { id: account.id });
    const sessions = await testDatabase().query(`SELECT 1 FROM organizations.sessions WHERE user_id = $1`, [
      account.id,
    ]);
    expect(sessions.rowCount).toBe(0);
    // The gateway forgets the session as the NOTIFY of the block reaches it (README «Sessions through the gateway»).
    await eventually(
      () => organization.request<{ me: unknown }>(ME),
      (result) => result.data?.me === null,
    );
    const refused = await anonymous().request(
      `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`,
      { login: account.login, password: PASSWORD },
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Учётная запись заблокирована. Обратитесь к оператору реестра сертификатов',
      extensions: { code: 'ACCOUNT_BLOCKED' },
    });

    await operator.data(UNBLOCK, { id: account.id });
    await signIn(account.login, PASSWORD);
    expect((await auditOf(account.id)).map((row) => row.action)).toEqual([
      'STAFF_ACCOUNT_CREATED',
      'STAFF_ACCOUNT_BLOCKED',
      'STAFF_ACCOUNT_UNBLOCKED',
    ]);
  });

  it('resets the password: the old one fails, the new one works, sessions end', async () => {
    const account = await create(operator, 'reset');
    const organization = await signIn(account.login, PASSWORD);
    const { resetStaffAccountPassword } = await operator.data<{
      resetStaffAccountPassword: { generatedPassword: string };
    }>(RESET, { id: account.id, password: { generate: true } });
    const fresh = resetStaffAccountPassword.generatedPassword;
    await eventually(
      () => organization.request<{ me: unknown }>(ME),
      (result) => result.data?.me === null,
    );
    await expect(signIn(account.login, PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await signIn(account.login, fresh);

    const typed = await operator.request(RESET, {
      id: account.id,
      password: { password: 'short1', passwordRepeat: 'short1' },
    });
    expect(typed.errors?.[0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
    const [, reset] = await auditOf(account.id);
    expect(reset).toMatchObject({ action: 'STAFF_ACCOUNT_PASSWORD_RESET', after: { generated: true } });
    expect(JSON.stringify(reset)).not.toContain(fresh);
  });
});

describe('scope', () => {
  it('lists only the operator’s municipality’s reception organizations, searched and paged by name', async () => {
    const marker = `Поиск${Date.now()}`;
    for (let index = 0; index < 3; index += 1) await create(operator, `${marker}-${index}`);
    type Page = {
      staffAccounts: { totalCount: number; nextCursor: string | null; accounts: Array<{ fullName: string }> };
    };
    const first = await operator.data<Page>(LIST, { search: marker, first: 2 });
    expect(first.staffAccounts.totalCount).toBe(3);
    expect(first.staffAccounts.accounts.map((row) => row.fullName)).toEqual([
      `МБОУ «СОШ ${marker}-0»`,
      `МБОУ «СОШ ${marker}-1»`,
    ]);
    const second = await operator.data<Page>(LIST, { search: marker, first: 2, after: first.staffAccounts.nextCursor });
    expect(second.staffAccounts.accounts.map((row) => row.fullName)).toEqual([`МБОУ «СОШ ${marker}-2»`]);
    expect(second.staffAccounts.nextCursor).toBeNull();

    const all = await operator.data<{ staffAccounts: { accounts: Array<{ login: string }> } }>(LIST, { first: 100 });
    expect(all.staffAccounts.accounts.map((row) => row.login)).toContain('org@demo.ru');
    expect(all.staffAccounts.accounts.map((row) => row.login)).not.toContain('operator@demo.ru');
    const theirs = await kemerovo.data<Page>(LIST, { search: marker, first: 10 });
    expect(theirs.staffAccounts.totalCount).toBe(0);
  });

  it('refuses another municipality’s operator every change of an account, writing nothing', async () => {
    const account = await create(operator, 'scope');
    expect((await kemerovo.data<{ staffAccount: unknown }>(ONE, { id: account.id })).staffAccount).toBeNull();
    for (const [query, variables] of [
      [UPDATE, { id: account.id, input: details('scope-x', { email: account.login }) }],
      [BLOCK, { id: account.id }],
      [RESET, { id: account.id, password: { generate: true } }],
    ] as const) {
      const result = await kemerovo.request(query, variables);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Пользователь не найден',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    expect((await auditOf(account.id)).map((row) => row.action)).toEqual(['STAFF_ACCOUNT_CREATED']);
    await signIn(account.login, PASSWORD);
  });

  it('lets the regional operator keep the municipalities’ registry operators, and only those', async () => {
    const input = details('municipal', { municipalityId: DemoMunicipality.belovo });
    const { createStaffAccount } = await region.data<Created & { createStaffAccount: { account: { role: string } } }>(
      CREATE,
      { input, password: { password: PASSWORD, passwordRepeat: PASSWORD } },
    );
    expect(createStaffAccount.account).toMatchObject({
      role: 'MUNICIPAL_OPERATOR',
      canViewPersonalData: false,
      municipality: { id: DemoMunicipality.belovo },
    });
    const operatorOfBelovo = await signIn(input.email, PASSWORD);
    expect((await operatorOfBelovo.data<{ me: { role: string } }>(ME)).me.role).toBe('MUNICIPAL_OPERATOR');

    const withoutMunicipality = await region.request(CREATE, {
      input: details('municipal2'),
      password: { generate: true },
    });
    expect(withoutMunicipality.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityId',
    });
    const organization = await create(operator, 'not-regions');
    expect((await region.request(BLOCK, { id: organization.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await region.data<{ staffAccounts: { accounts: Array<{ login: string }> } }>(LIST, { first: 100 });
    expect(list.staffAccounts.accounts.map((row) => row.login)).toEqual(
      expect.arrayContaining(['operator@demo.ru', 'operator-kem@demo.ru', input.email]),
    );
    expect(list.staffAccounts.accounts.map((row) => row.login)).not.toContain('org@demo.ru');
  });
});

describe('the list', () => {
  it('resolves with as many SQL statements for 2 accounts as for 12', async () => {
    const marker = `Запросы${Date.now()}`;
    await arrangeAccounts(marker, 0, 2);
    const small = await countSqlStatements<{ staffAccounts: { accounts: unknown[] } }>(operator, LIST, {
      search: marker,
      first: 50,
    });
    await arrangeAccounts(marker, 2, 12);
    const large = await countSqlStatements<{ staffAccounts: { accounts: unknown[] } }>(operator, LIST, {
      search: marker,
      first: 50,
    });
    expect(small.data.staffAccounts.accounts).toHaveLength(2);
    expect(large.data.staffAccounts.accounts).toHaveLength(12);
    expect(large.statements).toEqual(small.statements);
  });

  it('refuses a cursor it did not give', async () => {
    const result = await operator.request(LIST, { first: 10, after: 'bm90IGEgY3Vyc29y' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('who may', () => {
  const SOME_ID = '00000000-0000-4000-8000-000000000000';
  const OPERATIONS: Array<[string, string, Record<string, unknown>]> = [
    ['staffAccounts', LIST, { first: 10 }],
    ['staffAccount', ONE, { id: SOME_ID }],
    ['createStaffAccount', CREATE, { input: details('refused'), password: { generate: true } }],
    ['updateStaffAccount', UPDATE, { id: SOME_ID, input: details('refused') }],
    ['blockStaffAccount', BLOCK, { id: SOME_ID }],
    ['unblockStaffAccount', UNBLOCK, { id: SOME_ID }],
    ['resetStaffAccountPassword', RESET, { id: SOME_ID, password: { generate: true } }],
  ];
  const REFUSED = ['parent', 'teen', 'org@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru'];
  const clients = new Map<string, GatewayClient>();

  beforeAll(async () => {
    for (const login of REFUSED) clients.set(login, await signIn(login));
  });

  describe.each(OPERATIONS)('%s', (_name, query, variables) => {
    it.each(REFUSED)('is refused to %s', async (login) => {
      const result = await clients.get(login)!.request(query, variables);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Недостаточно прав для этого действия',
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('is refused to an anonymous caller', async () => {
      const result = await anonymous().request(query, variables);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
