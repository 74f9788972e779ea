import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoOrganization } from '@pfdo/platform';
import { anonymous, closeTestDatabase, countSqlStatements, pdfQrCodes, signIn, testDatabase } from '@pfdo/testing';
import { PERSONAL_DATA_RULES_VERSION } from '../../subgraphs/navigator/src/holder-settings/holder-settings.service';
import { arrangeHolder, arrangeMunicipality, arrangeProgram, CONFIRM, CREATE } from './enrollment.support';
import { codeOf } from './protection.support';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» of the certificate holder (issue 15 part C): the legal representative and the convenient
 * address, the consent to the rules of personal-data processing, the programs nearby (nearest first, only with the
 * consent), and «Справка о посещении кружков» with its QR code and public check.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

const SETTINGS_FIELDS = `representativeName representativePhone address latitude longitude personalDataRulesVersion
  personalDataConsentVersion personalDataConsentAt personalDataConsentCurrent`;
const SETTINGS = `{ myHolderSettings { ${SETTINGS_FIELDS} } }`;
const SAVE = `mutation ($input: HolderSettingsInput!) { saveHolderSettings(input: $input) { ${SETTINGS_FIELDS} } }`;
const CONSENT = `mutation ($version: String!) { consentToPersonalDataRules(version: $version) { ${SETTINGS_FIELDS} } }`;
const NEARBY = `query ($first: Int) { nearbyPrograms(first: $first) { distanceMeters address program { id } } }`;
const ISSUE = `mutation { issueAttendanceCertificate { pdfBase64 verifyPath issuedAt } }`;
const VERIFY = `query ($code: String!) { verifyAttendanceCertificate(code: $code) {
  genuine revoked certificateNumber issuedAt enrollments { program organization group startsOn endsOn } } }`;

/** A point in the far south of the region (Таштагольский район), far from every demo and test place. */
const HOME = { latitude: 52.5, longitude: 88.2 };

async function arrangePlace(name: string, northMeters: number) {
  const id = randomUUID();
  await testDatabase().query(
    `INSERT INTO navigator.places_of_study (id, organization_id, name, address, latitude, longitude)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      id,
      DemoOrganization.sportSchool,
      name,
      `г. Таштагол, ул. Тестовая, ${name}`,
      HOME.latitude + northMeters / 111_195,
      HOME.longitude,
    ],
  );
  return id;
}

const pdfText = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'pfdo-attendance-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('the legal representative, the convenient address and the consent', () => {
  it('are saved, checked and audited (which fields, never the values); nearby programs need the consent', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_000 }));
    const initial = await holder.client.data<{ myHolderSettings: Record<string, unknown> }>(SETTINGS);
    expect(initial.myHolderSettings).toMatchObject({
      representativeName: '',
      address: '',
      latitude: null,
      personalDataRulesVersion: PERSONAL_DATA_RULES_VERSION,
      personalDataConsentVersion: null,
      personalDataConsentCurrent: false,
    });

    const bad = await holder.client.request(SAVE, {
      input: { representativeName: 'Иванова Анна', representativePhone: '12-34', latitude: 40, longitude: 88 },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toEqual({
      representativePhone: 'Телефон — 10 или 11 цифр, например +7 905 123-45-67',
      latitude: 'Точка удобного адреса должна быть в Кемеровской области',
    });
    const unknownPlace = await holder.client.request(SAVE, {
      input: { representativeName: 'Иванова Анна', representativePhone: '+7 905 123-45-67', placeId: randomUUID() },
    });
    expect(unknownPlace.errors?.[0].extensions?.fields).toEqual({
      placeId: 'Такого места занятий нет в навигаторе: выберите из списка',
    });

    const near = await arrangePlace(`корпус ${randomUUID().slice(0, 8)}`, 1000);
    const far = await arrangePlace(`корпус ${randomUUID().slice(0, 8)}`, 3000);
    const nearProgram = await arrangeProgram({ registry: 'GENERAL' });
    const farProgram = await arrangeProgram({ registry: 'GENERAL', groups: 2 });
    const db = testDatabase();
    await db.query(`UPDATE navigator.program_groups SET place_id = $1 WHERE program_id = $2`, [
      near,
      nearProgram.programId,
    ]);
    await db.query(`UPDATE navigator.program_groups SET place_id = $1 WHERE id = $2`, [far, farProgram.groupIds[0]]);

    const saved = await holder.client.data<{ saveHolderSettings: Record<string, unknown> }>(SAVE, {
      input: {
        representativeName: '  Иванова   Анна Сергеевна ',
        representativePhone: '+7 905 123-45-67',
        address: 'г. Таштагол, ул. Ленина, 1',
        ...HOME,
      },
    });
    expect(saved.saveHolderSettings).toMatchObject({
      representativeName: 'Иванова Анна Сергеевна',
      representativePhone: '+7 905 123-45-67',
      address: 'г. Таштагол, ул. Ленина, 1',
      ...HOME,
    });

    // No consent yet: the address is not used.
    const refused = await holder.client.request(NEARBY, { first: 2 });
    expect(codeOf(refused)).toBe('PERSONAL_DATA_CONSENT_REQUIRED');
    const outdated = await holder.client.request(CONSENT, { version: '2020-01-01' });
    expect(codeOf(outdated)).toBe('PERSONAL_DATA_RULES_OUTDATED');
    const consented = await holder.client.data<{ consentToPersonalDataRules: Record<string, unknown> }>(CONSENT, {
      version: PERSONAL_DATA_RULES_VERSION,
    });
    expect(consented.consentToPersonalDataRules).toMatchObject({
      personalDataConsentVersion: PERSONAL_DATA_RULES_VERSION,
      personalDataConsentAt: expect.any(String),
      personalDataConsentCurrent: true,
    });

    const { nearbyPrograms } = await holder.client.data<{
      nearbyPrograms: Array<{ distanceMeters: number; address: string; program: { id: string } }>;
    }>(NEARBY, { first: 2 });
    expect(nearbyPrograms.map((row) => row.program.id)).toEqual([nearProgram.programId, farProgram.programId]);
    expect(nearbyPrograms[0].distanceMeters).toBeGreaterThan(990);
    expect(nearbyPrograms[0].distanceMeters).toBeLessThan(1010);
    expect(nearbyPrograms[1].distanceMeters).toBeGreaterThan(2990);
    expect(nearbyPrograms[1].distanceMeters).toBeLessThan(3010);
    expect(nearbyPrograms[0].address).toMatch(/^г\. Таштагол, ул\. Тестовая/);

    // A place of study as the convenient address: its address and point are taken.
    const byPlace = await holder.client.data<{ saveHolderSettings: Record<string, unknown> }>(SAVE, {
      input: { representativeName: 'Иванова Анна Сергеевна', representativePhone: '+7 905 123-45-67', placeId: far },
    });
    expect(byPlace.saveHolderSettings.latitude).toBeCloseTo(HOME.latitude + 3000 / 111_195, 6);
    const again = await holder.client.data<{ nearbyPrograms: unknown[] }>(
      `query { nearbyPrograms(first: 1) { distanceMeters program { id } } }`,
    );
    expect(again.nearbyPrograms).toEqual([{ distanceMeters: 0, program: { id: farProgram.programId } }]);

    const audit = await db.query(
      `SELECT action, before, after FROM navigator.audit_events WHERE subject_id = $1 ORDER BY id`,
      [holder.id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'HOLDER_SETTINGS_CHANGED',
        before: null,
        after: { changed: ['representative_name', 'representative_phone', 'address', 'latitude', 'longitude'] },
      },
      {
        action: 'PERSONAL_DATA_CONSENT_GIVEN',
        before: { version: null },
        after: { version: PERSONAL_DATA_RULES_VERSION },
      },
      { action: 'HOLDER_SETTINGS_CHANGED', before: null, after: { changed: ['address', 'latitude'] } },
    ]);
    expect(JSON.stringify(audit.rows)).not.toMatch(/Иванова|905/);
  });

  it('lists nearby programs with as many statements for 1 row as for 20', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_000 }));
    await holder.client.data(SAVE, {
      input: { representativeName: '', representativePhone: '', address: 'Таштагол', ...HOME },
    });
    await holder.client.data(CONSENT, { version: PERSONAL_DATA_RULES_VERSION });
    for (let index = 0; index < 5; index += 1) await arrangeProgram({ registry: 'GENERAL' });
    const query = `query ($first: Int) { nearbyPrograms(first: $first) {
      distanceMeters program { id title provider { id name } } } }`;
    const one = await countSqlStatements<{ nearbyPrograms: unknown[] }>(holder.client, query, { first: 1 });
    const many = await countSqlStatements<{ nearbyPrograms: unknown[] }>(holder.client, query, { first: 20 });
    expect(one.data.nearbyPrograms).toHaveLength(1);
    expect(many.data.nearbyPrograms.length).toBeGreaterThanOrEqual(5);
    expect(many.statements.navigator).toBe(one.statements.navigator);
  });
});

describe('«Справка о посещении кружков»', () => {
  it('lists the current enrollments, carries a QR code to its public check, and is revoked by a newer one', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_000, general: 3 }));
    const none = await holder.client.request(ISSUE);
    expect(codeOf(none)).toBe('NO_CURRENT_ENROLLMENTS');

    const program = await arrangeProgram({ registry: 'GENERAL' });
    const provider = await signIn('provider@demo.ru');
    const request = await holder.client.data<{ createEnrollmentRequest: { id: string } }>(CREATE, {
      groupId: program.groupIds[0],
    });
    await provider.data(CONFIRM, { id: request.createEnrollmentRequest.id });

    const { issueAttendanceCertificate: first } = await holder.client.data<{
      issueAttendanceCertificate: { pdfBase64: string; verifyPath: string };
    }>(ISSUE);
    expect(first.verifyPath).toMatch(/^\/verify\/[A-Za-z0-9_-]{43}$/);
    const pdf = Buffer.from(first.pdfBase64, 'base64');
    const text = pdfText(pdf);
    expect(text).toContain('Справка о посещении кружков');
    expect(text).toContain(`Сертификат дополнительного образования № ${holder.number}`);
    expect(text).toContain(program.title);
    expect(text).toContain('Группа: Группа 1');
    const [qr] = pdfQrCodes(pdf);
    expect(qr).not.toBeNull();
    expect(new URL(qr!).pathname).toBe(first.verifyPath);

    const code = first.verifyPath.split('/').pop()!;
    const [term] = (
      await testDatabase().query(
        `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
           FROM navigator.contracts WHERE id = $1`,
        [request.createEnrollmentRequest.id],
      )
    ).rows;
    const visitor = anonymous();
    const checked = await visitor.data<{ verifyAttendanceCertificate: Record<string, unknown> }>(VERIFY, { code });
    expect(checked.verifyAttendanceCertificate).toMatchObject({
      genuine: true,
      revoked: false,
      certificateNumber: holder.number,
      enrollments: [
        {
          program: program.title,
          organization: expect.any(String),
          group: 'Группа 1',
          ...term,
        },
      ],
    });
    // The code is stored hashed only.
    const stored = await testDatabase().query(
      `SELECT encode(code_hash, 'hex') AS hash FROM navigator.attendance_certificates WHERE certificate_id = $1`,
      [holder.id],
    );
    expect(JSON.stringify(stored.rows)).not.toContain(code);

    const second = await holder.client.data<{ issueAttendanceCertificate: { verifyPath: string } }>(ISSUE);
    expect(second.issueAttendanceCertificate.verifyPath).not.toBe(first.verifyPath);
    const revoked = await visitor.data<{ verifyAttendanceCertificate: Record<string, unknown> }>(VERIFY, { code });
    expect(revoked.verifyAttendanceCertificate).toMatchObject({ genuine: false, revoked: true });
    const unknown = await visitor.data<{ verifyAttendanceCertificate: Record<string, unknown> }>(VERIFY, {
      code: 'A'.repeat(43),
    });
    expect(unknown.verifyAttendanceCertificate).toEqual({
      genuine: false,
      revoked: false,
      certificateNumber: null,
      issuedAt: null,
      enrollments: [],
    });
    const audit = await testDatabase().query(
      `SELECT after->>'revoked' AS revoked FROM navigator.audit_events
        WHERE subject_id = $1 AND action = 'ATTENDANCE_CERTIFICATE_ISSUED' ORDER BY id`,
      [holder.id],
    );
    expect(audit.rows.map((row) => row.revoked)).toEqual(['0', '1']);
  });
});

describe('who may change the settings', () => {
  const mutations: Array<[string, string, Record<string, unknown>]> = [
    ['saveHolderSettings', SAVE, { input: { representativeName: 'Х', representativePhone: '' } }],
    ['consentToPersonalDataRules', CONSENT, { version: PERSONAL_DATA_RULES_VERSION }],
    ['issueAttendanceCertificate', ISSUE, {}],
  ];
  const logins = ['provider@demo.ru', 'operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'parent'];

  it.each(mutations)(
    '%s: refused to every role but the holder, and to anonymous callers',
    async (_, mutation, variables) => {
      for (const login of logins) {
        const answer = await (await signIn(login)).request(mutation, variables);
        expect([login, codeOf(answer)]).toEqual([login, 'FORBIDDEN']);
      }
      expect(codeOf(await anonymous().request(mutation, variables))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    },
  );
});
