import { randomInt } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { anonymous, arrangeChild, closeTestDatabase, signIn, testDatabase, tinyPng, yearsAgo } from '@pfdo/testing';
import { ADD_DOCUMENT } from './citizen-flow.support';

afterAll(closeTestDatabase);

/**
 * The six fields where an outside fuzzer's hostile values reached PostgreSQL and came back as
 * INTERNAL_SERVER_ERROR (issue 18), and the 10 000-character name that stalled the certificates subgraph:
 * each is now BAD_USER_INPUT naming the field as the form does, and nothing is written.
 */

const REGISTER = `query ($search: ApplicationSearchInput, $after: String) {
  applicationRegister(search: $search, after: $after) { totalCount } }`;
const BY_NUMBER = `query ($number: String!) { application(number: $number) { id } }`;
const LOGIN = `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`;
const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }`;
const EDIT = `mutation ($id: ID!, $child: ChildDataInput, $document: DocumentDataInput) {
  editApplication(applicationId: $id, child: $child, document: $document) { id } }`;
const CONFIRM_EMAIL = `mutation ($token: String!) { confirmEmail(token: $token) { applicationNumber } }`;

const NOVOKUZNETSK_GROUP = '50000000-0000-4000-8000-000000000002';
const letters = (length: number) => Array.from({ length }, () => 'абвгдежзиклмнопрстуфхэюя'[randomInt(24)]).join('');
const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

type Answer = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** The answer is BAD_USER_INPUT and names exactly these fields, each with a Russian message. */
function expectRefused(answer: Answer, fields: string[]): void {
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(Object.keys(error.extensions?.fields as object).sort()).toEqual([...fields].sort());
  for (const message of Object.values(error.extensions?.fields as Record<string, string>))
    expect(message).toMatch(/[а-яё]/i);
  expect(error.message).toMatch(/[а-яё]/i);
}

function newCertificateInput(
  overrides: Record<string, unknown> = {},
  child: Record<string, unknown> = {},
  document: Record<string, unknown> = {},
) {
  return {
    kind: 'NEW_CERTIFICATE',
    municipalityId: DemoMunicipality.novokuznetsk,
    groupId: NOVOKUZNETSK_GROUP,
    child: { surname: `Вводов${letters(8)}`, name: 'Иван', patronymic: 'Сергеевич', birthDate: yearsAgo(9), ...child },
    document: {
      type: 'BIRTH_CERTIFICATE',
      series: 'II-ЛО',
      number: String(randomInt(100000, 999999)),
      issueDate: yearsAgo(8),
      issuedBy: 'Отдел ЗАГС г. Новокузнецка',
      ...document,
    },
    applicantName: 'Вводова Анна Викторовна',
    applicantPhone: '+7 905 000-00-00',
    consentToPersonalDataProcessing: true,
    consentToRules: true,
    ...overrides,
  };
}

async function childrenNamed(surname: string): Promise<number> {
  return Number(
    (await testDatabase().query('SELECT count(*) FROM certificates.children WHERE surname = $1', [surname])).rows[0]
      .count,
  );
}

describe('Bad input is BAD_USER_INPUT naming the field, never an internal error (issue 18)', () => {
  it.each([['2024-02-30'], ['0000-01-01'], ['вчера'], ['9999-12-31']])(
    'applicationRegister: a search birth date %s',
    async (birthDate) => {
      expectRefused(await (await signIn('operator@demo.ru')).request(REGISTER, { search: { birthDate } }), [
        'search.birthDate',
      ]);
    },
  );

  it('applicationRegister: NUL in search strings, and a lone surrogate', async () => {
    const operator = await signIn('operator@demo.ru');
    expectRefused(await operator.request(REGISTER, { search: { surname: 'Ив\u0000', documentNumber: '12\u0000' } }), [
      'search.surname',
      'search.documentNumber',
    ]);
    expectRefused(await operator.request(REGISTER, { search: { applicationNumber: '1234\uD800' } }), [
      'search.applicationNumber',
    ]);
  });

  it.each([
    ['a bad uuid', cursorOf('1767225600000000|zzzzzzzz-0000-4000-8000-000000000000')],
    ['a bad date', cursorOf('99999999999999999999|00000000-0000-4000-8000-000000000000')],
    ['NUL', '\u0000'],
    ['ten thousand characters', 'A'.repeat(10_000)],
  ])('applicationRegister: a cursor holding %s', async (_name, after) => {
    const answer = await (await signIn('operator@demo.ru')).request(REGISTER, { after });
    expectRefused(answer, ['after']);
    expect(answer.errors![0].message).toBe('Неверный курсор страницы');
  });

  it('application(number): NUL', async () => {
    expectRefused(await (await signIn('operator@demo.ru')).request(BY_NUMBER, { number: '\u0000' }), ['number']);
  });

  it('login: NUL in the login, and in the password', async () => {
    const caller = anonymous({ forwardedFor: '192.0.2.18' });
    expectRefused(await caller.request(LOGIN, { login: '\u0000', password: 'demo2026' }), ['login']);
    expectRefused(await caller.request(LOGIN, { login: 'parent', password: 'demo\u00002026' }), ['password']);
  });

  it('confirmEmail: a token that cannot be one', async () => {
    const answer = await anonymous().request(CONFIRM_EMAIL, { token: 'abc\u0000' });
    expectRefused(answer, ['token']);
    expect(answer.errors![0].message).toBe(
      'Ссылка недействительна. Проверьте, что она скопирована из письма полностью',
    );
  });

  it.each([
    ['NUL in the place of issue', {}, {}, { issuedBy: 'Отдел\u0000ЗАГС' }, ['document.issuedBy']],
    ['a lone surrogate in the applicant’s name', { applicantName: 'Вводова \uDC00Анна' }, {}, {}, ['applicantName']],
    ['a lone surrogate in the phone', { applicantPhone: '+7\uD83D' }, {}, {}, ['applicantPhone']],
    ['birth date 0000-01-01', {}, { birthDate: '0000-01-01' }, {}, ['child.birthDate']],
    ['an issue date 2023-02-29', {}, {}, { issueDate: '2023-02-29' }, ['document.issueDate']],
  ])('createApplication: %s, and nothing is written', async (_name, overrides, child, document, fields) => {
    const input = newCertificateInput(overrides, child, document);
    expectRefused(await (await signIn('org-pd@demo.ru')).request(CREATE, { input }), fields);
    expect(await childrenNamed(input.child.surname)).toBe(0);
  });

  it('createApplication: a 10 000-character applicant’s name is refused at once, and nothing is written', async () => {
    const organization = await signIn('org-pd@demo.ru');
    for (const field of ['applicantName', 'applicantPhone']) {
      const input = newCertificateInput({ [field]: 'Я'.repeat(10_000) });
      const started = performance.now();
      const answer = await organization.request(CREATE, { input });
      const elapsed = performance.now() - started;
      expectRefused(answer, [field]);
      // It took 6–21 s and stalled the subgraph when it was accepted; a refusal needs no database at all.
      expect(elapsed).toBeLessThan(2_000);
      expect(await childrenNamed(input.child.surname)).toBe(0);
    }
  });

  it('addChildDocument: NUL, a lone surrogate, a year 0, and nothing is written', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const upload = await parent.uploadScan(tinyPng(), 'svidetelstvo.png');
    const input = {
      childId: child.id,
      type: 'BIRTH_CERTIFICATE',
      series: 'II-ЛО',
      number: '123456',
      issueDate: yearsAgo(1),
      issuedBy: 'Отдел ЗАГС',
      comment: '',
      scanId: upload.body.id,
    };
    expectRefused(await parent.request(ADD_DOCUMENT, { input: { ...input, issuedBy: 'Отдел\u0000ЗАГС' } }), [
      'issuedBy',
    ]);
    expectRefused(await parent.request(ADD_DOCUMENT, { input: { ...input, comment: 'скан \uD800' } }), ['comment']);
    expectRefused(await parent.request(ADD_DOCUMENT, { input: { ...input, issueDate: '0000-01-01' } }), ['issueDate']);
    const { rows } = await testDatabase().query(
      'SELECT count(*) FROM certificates.child_documents WHERE child_id = $1',
      [child.id],
    );
    expect(Number(rows[0].count)).toBe(0);
  });

  it('editApplication: NUL, a lone surrogate, a year 0, and the application is left as it was', async () => {
    const organization = await signIn('org-pd@demo.ru');
    const input = newCertificateInput();
    const { createApplication } = await organization.data<{ createApplication: { application: { id: string } } }>(
      CREATE,
      { input },
    );
    const id = createApplication.application.id;
    const child = { surname: input.child.surname, name: 'Иван', birthDate: input.child.birthDate };
    const document = {
      type: 'BIRTH_CERTIFICATE',
      series: 'II-ЛО',
      number: '654321',
      issueDate: yearsAgo(8),
      issuedBy: 'Отдел ЗАГС',
    };
    expectRefused(await organization.request(EDIT, { id, child: { ...child, surname: 'Иван\u0000ов' } }), [
      'child.surname',
    ]);
    expectRefused(await organization.request(EDIT, { id, document: { ...document, issuedBy: '\uDBFFЗАГС' } }), [
      'document.issuedBy',
    ]);
    expectRefused(await organization.request(EDIT, { id, child: { ...child, birthDate: '0000-01-01' } }), [
      'child.birthDate',
    ]);
    const { rows } = await testDatabase().query(
      `SELECT child.surname, to_char(child.birth_date, 'YYYY-MM-DD') AS "birthDate", document.number, document.issued_by AS "issuedBy"
         FROM certificates.applications application
         JOIN certificates.children child ON child.id = application.child_id
         JOIN certificates.child_documents document ON document.id = application.document_id
        WHERE application.id = $1`,
      [id],
    );
    expect(rows).toEqual([
      {
        surname: input.child.surname,
        birthDate: input.child.birthDate,
        number: input.document.number,
        issuedBy: input.document.issuedBy,
      },
    ]);
    const { rows: edits } = await testDatabase().query(
      `SELECT count(*) FROM certificates.audit_events WHERE subject_id = $1 AND action = 'APPLICATION_EDITED'`,
      [id],
    );
    expect(Number(edits[0].count)).toBe(0);
  });

  it('an id that only looks like a uuid is not found, as any other unknown id', async () => {
    const parent = await signIn('parent');
    for (const childId of ['-'.repeat(36), 'g'.repeat(36)]) {
      const answer = await parent.request(
        `mutation ($childId: ID!) { submitApplication(childId: $childId, email: "a@example.ru") { id } }`,
        { childId },
      );
      expect(answer.errors?.[0]).toMatchObject({ message: 'Ребёнок не найден', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('variables of the wrong type are refused in Russian, by field, with HTTP 400', async () => {
    const answer = await (
      await signIn('operator@demo.ru')
    ).request(
      `query ($first: Int!, $search: ApplicationSearchInput) { applicationRegister(first: $first, search: $search) { totalCount } }`,
      { first: 'NaN', search: { documentType: 'DROP TABLE', surname: 7 } },
    );
    expect(answer.status).toBe(400);
    expectRefused(answer, ['first', 'search.documentType', 'search.surname']);
  });
});
