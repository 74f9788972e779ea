import { randomBytes, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser, hashPassword } from '@pfdo/platform';
import { anonymous, closeTestDatabase, countSqlStatements, GatewayClient, signIn, testDatabase } from '@pfdo/testing';

/**
 * «Настройка сертификатов» (issue 11, item 3): the navigator's group settings, listed by keyset, created and
 * edited by the municipality's registry operator or the regional one, each change audited; bad input refused
 * by field, another municipality out of reach, every other role refused. The test's settings carry a marker.
 */
const NK = DemoMunicipality.novokuznetsk;
const KEM = DemoMunicipality.kemerovo;
const marker = `Тест${Array.from(randomBytes(8), (byte) => 'абвгдежзиклмнопрстуфхц'[byte % 22]).join('')}`;

const FIELDS = `id municipalityId name nominal minAge maxAge significantPrograms generalPrograms preProfessionalPrograms municipalityLimit`;
const LIST = `query ($m: ID!, $first: Int!, $after: String) { municipality(id: $m) { groupSettings(first: $first, after: $after) { settings { ${FIELDS} } nextCursor } } }`;
const CREATE = `mutation ($m: ID, $input: GroupSettingInput!) { createGroupSetting(municipalityId: $m, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: GroupSettingInput!) { updateGroupSetting(id: $id, input: $input) { ${FIELDS} } }`;

interface ListAnswer {
  municipality: { groupSettings: { settings: Setting[]; nextCursor: string | null } };
}

interface Setting {
  id: string;
  municipalityId: string;
  name: string;
  nominal: string;
  minAge: number;
  maxAge: number;
  significantPrograms: number;
  generalPrograms: number;
  preProfessionalPrograms: number;
  municipalityLimit: string;
}

const input = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  nominal: '24 000,50',
  minAge: 7,
  maxAge: 14,
  significantPrograms: 2,
  generalPrograms: 3,
  preProfessionalPrograms: 1,
  municipalityLimit: '50000000',
  ...extra,
});

let operator: GatewayClient;

beforeAll(async () => {
  operator = await signIn('operator@demo.ru');
});

afterAll(closeTestDatabase);

async function auditOf(id: string) {
  const { rows } = await testDatabase().query(
    `SELECT action, actor_user_id, actor_role, client_ip, before, after FROM navigator.audit_events WHERE subject_id = $1 ORDER BY id`,
    [id],
  );
  return rows;
}

async function settingsNamed(name: string) {
  const { rows } = await testDatabase().query(`SELECT * FROM navigator.group_settings WHERE name LIKE $1`, [
    `${name}%`,
  ]);
  return rows;
}

describe('«Настройка сертификатов»: create and edit', () => {
  it('creates a setting in the operator’s municipality, audited, and the registry’s import offers it', async () => {
    const name = `${marker} создание от 7 до 14 лет`;
    const { createGroupSetting: created } = await operator.data<{ createGroupSetting: Setting }>(CREATE, {
      input: input(`  ${name} `),
    });
    expect(created).toEqual({
      id: expect.any(String),
      municipalityId: NK,
      name,
      nominal: '24000.50',
      minAge: 7,
      maxAge: 14,
      significantPrograms: 2,
      generalPrograms: 3,
      preProfessionalPrograms: 1,
      municipalityLimit: '50000000.00',
    });
    const [audit, ...more] = await auditOf(created.id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      action: 'GROUP_SETTING_CREATED',
      actor_user_id: DemoUser.operator,
      actor_role: 'MUNICIPAL_OPERATOR',
      before: null,
      after: expect.objectContaining({ name, nominalKopecks: 2400050, municipalityLimitKopecks: 5000000000 }),
    });
    expect(audit.client_ip).not.toBe('');

    const offered = await operator.data<{ navigatorGroupSettings: Array<{ id: string; nominal: string }> }>(
      `query ($m: ID!) { navigatorGroupSettings(municipalityId: $m) { id nominal } }`,
      { m: NK },
    );
    expect(offered.navigatorGroupSettings).toContainEqual({ id: created.id, nominal: '24000.50' });
  });

  it('edits a setting, keeping its municipality, with before and after in the audit', async () => {
    const name = `${marker} правка`;
    const { createGroupSetting: created } = await operator.data<{ createGroupSetting: Setting }>(CREATE, {
      input: input(name),
    });
    const { updateGroupSetting: edited } = await operator.data<{ updateGroupSetting: Setting }>(UPDATE, {
      id: created.id,
      input: input(`${name} от 5 до 18 лет`, { nominal: '30000', minAge: 5, maxAge: 18, preProfessionalPrograms: 0 }),
    });
    expect(edited).toMatchObject({
      id: created.id,
      municipalityId: NK,
      name: `${name} от 5 до 18 лет`,
      nominal: '30000.00',
      minAge: 5,
      maxAge: 18,
      preProfessionalPrograms: 0,
    });
    const audit = await auditOf(created.id);
    expect(audit.map((row) => row.action)).toEqual(['GROUP_SETTING_CREATED', 'GROUP_SETTING_EDITED']);
    expect(audit[1].before).toMatchObject({ name, nominalKopecks: 2400050, minAge: 7, maxAge: 14 });
    expect(audit[1].after).toMatchObject({ name: `${name} от 5 до 18 лет`, nominalKopecks: 3000000, minAge: 5 });
  });

  it('lets the regional operator keep the municipality he names, and requires him to name one', async () => {
    const region = await signIn('region@demo.ru');
    const name = `${marker} регион`;
    const { createGroupSetting: created } = await region.data<{ createGroupSetting: Setting }>(CREATE, {
      m: KEM,
      input: input(name),
    });
    expect(created.municipalityId).toBe(KEM);
    const edited = await region.data<{ updateGroupSetting: Setting }>(UPDATE, {
      id: created.id,
      input: input(name, { generalPrograms: 4 }),
    });
    expect(edited.updateGroupSetting.generalPrograms).toBe(4);
    const unnamed = await region.request(CREATE, { input: input(`${marker} без муниципалитета`) });
    expect(unnamed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { municipalityId: 'Выберите муниципалитет' } },
    });
    expect(await settingsNamed(`${marker} без муниципалитета`)).toEqual([]);
  });
});

describe('«Настройка сертификатов»: bad input', () => {
  it('refuses an empty name, ages outside 5–18 or crossed, negative and absurd amounts, all at once by field', async () => {
    const result = await operator.request(CREATE, {
      input: input('   ', {
        nominal: '-100',
        minAge: 4,
        maxAge: 19,
        significantPrograms: -1,
        municipalityLimit: '100000000000000',
      }),
    });
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      fields: {
        name: 'Введите наименование группы сертификатов',
        nominal: 'Номинал сертификата не может быть отрицательным',
        minAge: 'Возраст «от»: от 5 до 17 лет — сертификат выдаётся детям от 5 до 18 лет',
        maxAge: 'Возраст «до»: от 6 до 18 лет — сертификат выдаётся детям от 5 до 18 лет',
        significantPrograms: 'Число бюджетных значимых программ: от 0 до 20',
        municipalityLimit: 'Лимит средств муниципалитета: не больше 10\u00a0000\u00a0000\u00a0000\u00a0₽',
      },
    });
    const crossed = await operator.request(CREATE, {
      input: input(`${marker} наоборот`, { minAge: 14, maxAge: 7, nominal: '12,345' }),
    });
    expect(crossed.errors?.[0].extensions?.fields).toEqual({
      maxAge: 'Возраст «до» должен быть больше возраста «от»',
      nominal: 'Номинал сертификата: сумма в рублях, например 15000,00',
    });
    const absurd = await operator.request(CREATE, { input: input(`${marker} дорого`, { nominal: '2000000' }) });
    expect(absurd.errors?.[0].extensions?.fields).toEqual({
      nominal: 'Номинал сертификата: не больше 1\u00a0000\u00a0000\u00a0₽',
    });
    expect(await settingsNamed(`${marker} наоборот`)).toEqual([]);
    expect(await settingsNamed(`${marker} дорого`)).toEqual([]);
  });

  it('refuses a name the municipality already has, in any case, on create and on edit; another municipality may have it', async () => {
    const name = `${marker} дубль`;
    await operator.data(CREATE, { input: input(name) });
    const again = await operator.request(CREATE, { input: input(name.toUpperCase()) });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: 'Группа сертификатов с таким наименованием в муниципалитете уже есть' },
    });
    const { createGroupSetting: other } = await operator.data<{ createGroupSetting: Setting }>(CREATE, {
      input: input(`${name} другая`),
    });
    const renamed = await operator.request(UPDATE, { id: other.id, input: input(name) });
    expect(renamed.errors?.[0].extensions?.fields).toEqual({
      name: 'Группа сертификатов с таким наименованием в муниципалитете уже есть',
    });
    const kemerovo = await signIn('operator-kem@demo.ru');
    expect((await kemerovo.request(CREATE, { input: input(name) })).errors).toBeUndefined();
    const { rows } = await testDatabase().query(
      `SELECT municipality_id FROM navigator.group_settings WHERE lower(name) = lower($1) ORDER BY municipality_id`,
      [name],
    );
    expect(rows.map((row) => row.municipality_id).sort()).toEqual([NK, KEM].sort());
  });
});

describe('«Настройка сертификатов»: the list', () => {
  it('pages a municipality’s settings by name with a cursor, and refuses a cursor not its own', async () => {
    const names = ['а', 'б', 'в', 'г', 'д'].map((letter) => `${marker} страница ${letter}`);
    for (const name of names.slice().reverse()) await operator.data(CREATE, { input: input(name) });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page += 1) {
      const answer: ListAnswer = await operator.data(LIST, { m: NK, first: 2, after });
      const { settings, nextCursor } = answer.municipality.groupSettings;
      expect(settings.length).toBeLessThanOrEqual(2);
      seen.push(...settings.map((setting) => setting.name));
      after = nextCursor;
      if (!after) break;
    }
    expect(seen.filter((name) => name.includes(`${marker} страница`))).toEqual(names);
    expect(new Set(seen).size).toBe(seen.length);
    const forged = await operator.request(LIST, { m: NK, first: 2, after: 'не курсор' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('«Настройка сертификатов»: every municipality at once', () => {
  it('gives the regional operator every municipality’s first page in one statement, not one per municipality', async () => {
    const region = await signIn('region@demo.ru');
    const counted = await countSqlStatements<{
      municipalities: Array<{ id: string; groupSettings: { settings: Array<{ id: string; municipalityId: string }> } }>;
    }>(region, `{ municipalities { id groupSettings(first: 3) { settings { id municipalityId } nextCursor } } }`);
    const { municipalities } = counted.data;
    expect(municipalities.length).toBeGreaterThanOrEqual(5);
    for (const municipality of municipalities) {
      expect(municipality.groupSettings.settings.length).toBeLessThanOrEqual(3);
      for (const setting of municipality.groupSettings.settings) expect(setting.municipalityId).toBe(municipality.id);
    }
    expect(municipalities.find((municipality) => municipality.id === NK)?.groupSettings.settings).toHaveLength(3);
    expect(counted.statements.navigator).toBe(1);
  });
});

describe('«Настройка сертификатов»: who may', () => {
  let kemerovoSetting: string;

  beforeAll(async () => {
    const kemerovo = await signIn('operator-kem@demo.ru');
    const { createGroupSetting } = await kemerovo.data<{ createGroupSetting: Setting }>(CREATE, {
      input: input(`${marker} Кемерово`),
    });
    kemerovoSetting = createGroupSetting.id;
  });

  it('keeps a municipal operator out of another municipality: list, create, edit', async () => {
    const list = await operator.request(LIST, { m: KEM, first: 10 });
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(list.data ?? null)).not.toContain('settings');
    const create = await operator.request(CREATE, { m: KEM, input: input(`${marker} чужой`) });
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edit = await operator.request(UPDATE, { id: kemerovoSetting, input: input(`${marker} захват`) });
    expect(edit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await settingsNamed(`${marker} чужой`)).toEqual([]);
    expect(await settingsNamed(`${marker} захват`)).toEqual([]);
    expect((await auditOf(kemerovoSetting)).map((row) => row.action)).toEqual(['GROUP_SETTING_CREATED']);
  });

  async function holder(): Promise<GatewayClient> {
    const id = randomUUID();
    await testDatabase().query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
       VALUES ($1, $2, $3, 'Держатель сертификата', 'CERTIFICATE_HOLDER', $4)`,
      [id, `holder-${id}`, await hashPassword('demo2026'), NK],
    );
    return signIn(`holder-${id}`);
  }

  it.each(['parent', 'org-pd@demo.ru', 'org@demo.ru', 'provider@demo.ru', 'holder', 'anonymous'])(
    'refuses %s the list, create and edit, and writes nothing',
    async (who) => {
      const client = who === 'anonymous' ? anonymous() : who === 'holder' ? await holder() : await signIn(who);
      const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const name = `${marker} ${who}`;
      for (const [query, variables] of [
        [LIST, { m: NK, first: 10 }],
        [CREATE, { m: NK, input: input(name) }],
        [UPDATE, { id: kemerovoSetting, input: input(name) }],
      ] as const) {
        const result = await client.request(query, variables);
        expect(result.errors?.[0].extensions?.code).toBe(expected);
        expect(JSON.stringify(result.data ?? null)).not.toMatch(/settings|"id"/);
      }
      expect(await settingsNamed(name)).toEqual([]);
    },
  );
});
