import { randomBytes, randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import {
  anonymous,
  closeTestDatabase,
  countSqlStatements,
  GatewayClient,
  signIn,
  testDatabase,
  yearsAgo,
} from '@pfdo/testing';

/**
 * «Группы сертификатов» (issue 11, item 3): the navigator's settings imported as groups, the description, block
 * and unblock, delete only when unused; every operation refused to the wrong roles and outside the municipality.
 * The test's own navigator settings carry a marker, so that the demo groups other tests use stay as they are.
 */
const NK = DemoMunicipality.novokuznetsk;
const SOME_ID = '00000000-0000-4000-8000-000000000000';
/** Letters only: it is a child's surname too, which the services check as a name. */
const marker = `Тест${Array.from(randomBytes(8), (byte) => 'абвгдежзиклмнопрстуфхц'[byte % 22]).join('')}`;
const settingIds: string[] = [randomUUID(), randomUUID()];

const SETTINGS = `query ($m: ID!) { navigatorGroupSettings(municipalityId: $m) { id name nominal minAge maxAge imported municipalityLimit budgetPrograms { registry count } } }`;
const IMPORT = `mutation ($m: ID!, $ids: [ID!]!) { importCertificateGroups(municipalityId: $m, settingIds: $ids) { id name imported nominal description blocked } }`;
const EDIT = `mutation ($id: ID!, $d: String!) { editCertificateGroup(groupId: $id, description: $d) { id description } }`;
const BLOCK = `mutation ($id: ID!) { blockCertificateGroup(groupId: $id) { id blocked } }`;
const UNBLOCK = `mutation ($id: ID!) { unblockCertificateGroup(groupId: $id) { id blocked } }`;
const DELETE = `mutation ($id: ID!) { deleteCertificateGroup(groupId: $id) }`;
const GROUPS = `query ($m: ID!) { certificateGroups(municipalityId: $m) { id name blocked description certificateCount } }`;

let operator: GatewayClient;

beforeAll(async () => {
  await testDatabase().query(
    `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
       significant_programs, general_programs, municipality_limit_kopecks)
     VALUES ($1, $3, $4 || ' от 5 до 18 лет', 2400000, 5, 18, 2, 3, 5000000000),
            ($2, $3, $4 || ' от 7 до 14 лет', 1500050, 7, 14, 1, 1, 5000000000)`,
    [settingIds[0], settingIds[1], NK, marker],
  );
  operator = await signIn('operator@demo.ru');
});

afterAll(closeTestDatabase);

async function importedGroupIds(): Promise<string[]> {
  const { rows } = await testDatabase().query(
    `SELECT id FROM certificates.certificate_groups WHERE navigator_setting_id = ANY($1) ORDER BY name`,
    [settingIds],
  );
  return rows.map((row) => row.id);
}

describe('«Импорт из PFDO»', () => {
  it('lists the navigator’s settings of the municipality, imports the ticked ones once, and refuses a second import', async () => {
    const listed = await operator.data<{
      navigatorGroupSettings: Array<{ id: string; nominal: string; imported: boolean }>;
    }>(SETTINGS, { m: NK });
    const ours = listed.navigatorGroupSettings.filter((setting) => settingIds.includes(setting.id));
    expect(ours).toEqual([
      expect.objectContaining({ id: settingIds[0], nominal: '24000.00', imported: false }),
      expect.objectContaining({ id: settingIds[1], nominal: '15000.50', imported: false }),
    ]);

    const imported = await operator.data<{ importCertificateGroups: Array<{ name: string; imported: boolean }> }>(
      IMPORT,
      { m: NK, ids: settingIds },
    );
    expect(imported.importCertificateGroups).toEqual([
      expect.objectContaining({ name: `${marker} от 5 до 18 лет`, imported: true, blocked: false, description: '' }),
      expect.objectContaining({ name: `${marker} от 7 до 14 лет`, imported: true, nominal: '15000.50' }),
    ]);
    const again = await operator.request(IMPORT, { m: NK, ids: [settingIds[0]] });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'GROUP_ALREADY_IMPORTED' } });
    expect(again.errors?.[0].message).toMatch(/^Группа уже импортирована: «Тест/);
    expect(await importedGroupIds()).toHaveLength(2);
    const relisted = await operator.data<{ navigatorGroupSettings: Array<{ id: string; imported: boolean }> }>(
      SETTINGS,
      { m: NK },
    );
    expect(relisted.navigatorGroupSettings.filter((s) => settingIds.includes(s.id)).map((s) => s.imported)).toEqual([
      true,
      true,
    ]);
    const { rows } = await testDatabase().query(
      `SELECT count(*)::int AS count FROM certificates.audit_events WHERE action = 'CERTIFICATE_GROUP_IMPORTED' AND subject_id = ANY($1)`,
      [await importedGroupIds()],
    );
    expect(rows[0].count).toBe(2);
  });

  it('refuses an empty choice and a setting of another municipality with a message by field', async () => {
    const none = await operator.request(IMPORT, { m: NK, ids: [] });
    expect(none.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { settingIds: 'Отметьте группы для импорта' } },
    });
    const foreign = await operator.request(IMPORT, { m: NK, ids: [SOME_ID] });
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('a group’s description, blocking and deletion', () => {
  it('edits the description and blocks: no new certificate in the group, the existing one untouched; unblocks', async () => {
    const [groupId] = await importedGroupIds();
    const edited = await operator.data<{ editCertificateGroup: { description: string } }>(EDIT, {
      id: groupId,
      d: '  Для детей, проживающих в Новокузнецке  ',
    });
    expect(edited.editCertificateGroup.description).toBe('Для детей, проживающих в Новокузнецке');

    // A certificate already in the group, made as the registry makes them.
    const childId = randomUUID();
    const certificateId = randomUUID();
    await testDatabase().query(
      `INSERT INTO certificates.children (id, surname, name, birth_date, municipality_id) VALUES ($1, $2, 'Иван', $3, $4)`,
      [childId, marker, yearsAgo(10), NK],
    );
    await testDatabase().query(
      `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id)
       VALUES ($1, lpad((floor(random() * 1e10))::bigint::text, 10, '1'), 'ACTIVATED', $2, $3, $4)`,
      [certificateId, NK, groupId, childId],
    );
    expect(
      (await operator.data<{ blockCertificateGroup: { blocked: boolean } }>(BLOCK, { id: groupId }))
        .blockCertificateGroup,
    ).toEqual({ id: groupId, blocked: true });

    const organization = await signIn('org@demo.ru');
    const created = await organization.request(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }`,
      {
        input: {
          kind: 'NEW_CERTIFICATE',
          municipalityId: NK,
          groupId,
          child: { surname: marker, name: 'Пётр', patronymic: 'Иванович', birthDate: yearsAgo(9) },
          document: {
            type: 'BIRTH_CERTIFICATE',
            series: 'II-ЛО',
            number: String(100000 + Math.floor(Math.random() * 899999)),
            issueDate: yearsAgo(8),
            issuedBy: 'ЗАГС',
          },
          applicantName: 'Петрова Анна',
          consentToPersonalDataProcessing: true,
          consentToRules: true,
        },
      },
    );
    expect(created.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { groupId: expect.any(String) } },
    });
    const { rows } = await testDatabase().query(
      `SELECT group_id, status FROM certificates.certificates WHERE id = $1`,
      [certificateId],
    );
    expect(rows[0]).toEqual({ group_id: groupId, status: 'ACTIVATED' });

    expect(
      (await operator.data<{ unblockCertificateGroup: { blocked: boolean } }>(UNBLOCK, { id: groupId }))
        .unblockCertificateGroup.blocked,
    ).toBe(false);
    const audit = await testDatabase().query(
      `SELECT action FROM certificates.audit_events WHERE subject_id = $1 ORDER BY id`,
      [groupId],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'CERTIFICATE_GROUP_IMPORTED',
      'CERTIFICATE_GROUP_EDITED',
      'CERTIFICATE_GROUP_BLOCKED',
      'CERTIFICATE_GROUP_UNBLOCKED',
    ]);

    // «Удалить» a group with a certificate: refused, and the group stays.
    const refused = await operator.request(DELETE, { id: groupId });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'GROUP_IN_USE' } });
    expect(refused.errors?.[0].message).toMatch(/нельзя удалить: в ней есть сертификаты/);
    expect(await importedGroupIds()).toContain(groupId);
  });

  it('deletes a group nothing uses, audited, and counts certificates per group in one statement', async () => {
    const [, unused] = await importedGroupIds();
    const counted = await countSqlStatements<{ certificateGroups: unknown[] }>(operator, GROUPS, { m: NK });
    expect(counted.data.certificateGroups.length).toBeGreaterThan(3);
    // The groups, then every group's count at once: not one count per group.
    expect(counted.statements.certificates).toBe(2);
    expect(await operator.data<{ deleteCertificateGroup: string }>(DELETE, { id: unused })).toEqual({
      deleteCertificateGroup: unused,
    });
    expect(await importedGroupIds()).not.toContain(unused);
    const { rows } = await testDatabase().query(
      `SELECT before ->> 'name' AS name FROM certificates.audit_events WHERE action = 'CERTIFICATE_GROUP_DELETED' AND subject_id = $1`,
      [unused],
    );
    expect(rows).toEqual([{ name: `${marker} от 7 до 14 лет` }]);
  });
});

describe('who may', () => {
  const operations: Array<[string, string, () => Promise<Record<string, unknown>>]> = [
    ['navigatorGroupSettings', SETTINGS, async () => ({ m: NK })],
    ['importCertificateGroups', IMPORT, async () => ({ m: NK, ids: [SOME_ID] })],
    ['editCertificateGroup', EDIT, async () => ({ id: (await importedGroupIds())[0], d: 'Взлом' })],
    ['blockCertificateGroup', BLOCK, async () => ({ id: (await importedGroupIds())[0] })],
    ['unblockCertificateGroup', UNBLOCK, async () => ({ id: (await importedGroupIds())[0] })],
    ['deleteCertificateGroup', DELETE, async () => ({ id: (await importedGroupIds())[0] })],
    [
      'startGroupChange',
      `mutation ($input: StartGroupChangeInput!) { startGroupChange(input: $input) { id } }`,
      async () => ({ input: { municipalityId: NK, targetGroupId: SOME_ID, sourceGroupId: SOME_ID } }),
    ],
    [
      'Municipality.groupChangeJobs',
      `query ($m: ID!) { municipality(id: $m) { groupChangeJobs { items { id } } } }`,
      async () => ({ m: NK }),
    ],
    ['groupChangeJob', `query ($id: ID!) { groupChangeJob(id: $id) { id } }`, async () => ({ id: SOME_ID })],
  ];
  const WRONG_ROLES = ['parent', 'teen', 'org@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru'];
  // One sign-in per account for all the operations (each sign-in is a deliberately slow password check).
  const clients = new Map<string, GatewayClient>();
  const as = async (login: string) => {
    if (!clients.has(login)) clients.set(login, await signIn(login));
    return clients.get(login)!;
  };

  describe.each(operations)('%s', (_name, operation, variables) => {
    it.each(WRONG_ROLES)('is refused to %s', async (login) => {
      const result = await (await as(login)).request(operation, await variables());
      expect(result.errors?.[0]).toMatchObject({
        message: 'Недостаточно прав для этого действия',
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('is refused to an anonymous caller', async () => {
      const result = await anonymous().request(operation, await variables());
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('is refused to the operator of another municipality, and nothing is written', async () => {
      const before = await testDatabase().query(
        `SELECT count(*)::int AS audit, (SELECT md5(string_agg(row(g.*)::text, '|' ORDER BY g.id)) FROM certificates.certificate_groups g) AS groups
           FROM certificates.audit_events WHERE action LIKE 'CERTIFICATE_GROUP_%' OR action = 'GROUP_CHANGE_STARTED'`,
      );
      const result = await (await as('operator-kem@demo.ru')).request(operation, await variables());
      // A job of another municipality is as good as none: null, like an id that names nothing.
      const refusal =
        result.errors?.[0]?.extensions?.code ?? (result.data?.groupChangeJob === null ? 'NOT_FOUND' : null);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refusal);
      const after = await testDatabase().query(
        `SELECT count(*)::int AS audit, (SELECT md5(string_agg(row(g.*)::text, '|' ORDER BY g.id)) FROM certificates.certificate_groups g) AS groups
           FROM certificates.audit_events WHERE action LIKE 'CERTIFICATE_GROUP_%' OR action = 'GROUP_CHANGE_STARTED'`,
      );
      expect(after.rows[0]).toEqual(before.rows[0]);
    });
  });

  it('lets the regional operator read any municipality’s settings', async () => {
    const region = await signIn('region@demo.ru');
    const listed = await region.data<{ navigatorGroupSettings: Array<{ id: string }> }>(SETTINGS, { m: NK });
    expect(listed.navigatorGroupSettings.map((setting) => setting.id)).toEqual(expect.arrayContaining(settingIds));
  });
});
