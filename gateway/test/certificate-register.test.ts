import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser, Identity } from '@pfdo/platform';
import {
  anonymous,
  callSubgraph,
  closeTestDatabase,
  countSqlStatements,
  eventually,
  gatewayCredential,
  signIn,
  testDatabase,
} from '@pfdo/testing';
import { availableNominal } from '../../subgraphs/navigator/src/cabinet/available-nominal';

afterAll(closeTestDatabase);

const REGISTER = `query ($tab: CertificateRegisterTab!, $search: CertificateSearchInput, $first: Int, $after: String) {
  certificateRegister(tab: $tab, search: $search, first: $first, after: $after) {
    nextCursor
    certificates {
      id number status certificateType certificateTypeName
      child { surname name patronymic }
      group { name }
      account { nominalKopecks reservedKopecks balanceKopecks fundedContracts }
    }
  }
}`;

const PAGE = `query ($number: String!) {
  certificate(number: $number) {
    number statusName certificateTypeName createdAt
    child { surname name patronymic birthDate }
    application { applicantName }
    group { name }
    applications { number kind statusName }
    account { registered nominalKopecks reservedKopecks balanceKopecks activeContracts enrollmentRequests
      availablePrograms { registry count } payments { contractNumber } }
  }
}`;

interface Row {
  id: string;
  number: string;
  status: string;
  certificateType: string;
  child: { surname: string; name: string; patronymic: string };
  group: { name: string };
  account: { nominalKopecks: number; reservedKopecks: number; balanceKopecks: number; fundedContracts: number };
}
type Register = { certificateRegister: { nextCursor: string | null; certificates: Row[] } };

const LETTERS = 'абвгдежзиклмнопрстуфхцчшэюя';
const uniqueSurname = () => `Реестров${Array.from({ length: 6 }, () => LETTERS[randomInt(LETTERS.length)]).join('')}`;

/** `count` activated certificates of one surname in Новокузнецк, each with the application it came from. */
async function arrangeCertificates(count: number, options: { type?: 'FUNDED' | 'ACCOUNTING'; surname?: string } = {}) {
  const surname = options.surname ?? uniqueSurname();
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const [childId, applicationId, certificateId] = [randomUUID(), randomUUID(), randomUUID()];
    const number = String(randomInt(1_000_000_000, 9_999_999_999));
    await testDatabase().query(
      `WITH child AS (
         INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
         VALUES ($1, $4, 'Ребёнок', 'Тестович', '2015-01-01', $5) RETURNING id),
       certificate AS (
         INSERT INTO certificates.certificates (id, number, status, certificate_type, municipality_id, group_id, child_id)
         SELECT $3, $6, 'ACTIVATED', $7, $5, (SELECT id FROM certificates.certificate_groups WHERE municipality_id = $5 ORDER BY name LIMIT 1), id
           FROM child RETURNING id)
       INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, certificate_id, applicant_name)
       SELECT $2, lpad(($8)::text, 8, '0'), 'NEW_CERTIFICATE', 'CONFIRMED', $5, $1, id, 'Тестовая Мать' FROM certificate`,
      [
        childId,
        applicationId,
        certificateId,
        surname,
        DemoMunicipality.novokuznetsk,
        number,
        options.type ?? 'ACCOUNTING',
        randomInt(10_000_000, 99_999_999),
      ],
    );
    await testDatabase().query(`UPDATE certificates.certificates SET application_id = $1 WHERE id = $2`, [
      applicationId,
      certificateId,
    ]);
    numbers.push(number);
  }
  return { surname, numbers: numbers.sort() };
}

async function register(login: string, variables: Record<string, unknown>) {
  return (await signIn(login)).data<Register>(REGISTER, { first: 100, ...variables });
}

describe('the certificate register', () => {
  it('shows the municipal operator his municipality’s certificates on their tabs, in number order', async () => {
    const handedOver = async () =>
      (await testDatabase().query(`SELECT 1 FROM navigator.registered_certificates WHERE number = '7305561290'`))
        .rowCount !== 0;
    const handedOverBefore = await handedOver();
    const funded = (await register('operator@demo.ru', { tab: 'FUNDED' })).certificateRegister.certificates;
    const accounting = (await register('operator@demo.ru', { tab: 'ACCOUNTING' })).certificateRegister.certificates;
    const frozen = (await register('operator@demo.ru', { tab: 'FROZEN' })).certificateRegister.certificates;

    expect(funded.map((row) => row.number)).toEqual(expect.arrayContaining(['5408127733', '6120934418', '7305561290']));
    expect(funded.every((row) => row.status === 'ACTIVATED' && row.certificateType === 'FUNDED')).toBe(true);
    expect(accounting.map((row) => row.number)).toEqual(expect.arrayContaining(['2291840567', '3987215064']));
    expect(accounting.every((row) => row.status === 'ACTIVATED' && row.certificateType === 'ACCOUNTING')).toBe(true);
    expect(frozen.map((row) => row.number)).toContain('8814302759');
    expect(frozen.every((row) => row.status === 'FROZEN')).toBe(true);
    for (const rows of [funded, accounting]) {
      expect(rows.map((row) => row.number)).toEqual([...rows.map((row) => row.number)].sort());
    }
    // Кемерово's certificates are not his.
    expect([...funded, ...accounting].map((row) => row.number)).not.toContain('9142207385');

    const zernov = funded.find((row) => row.number === '7305561290')!;
    expect(zernov.child).toEqual({ surname: 'Зернов', name: 'Виктор', patronymic: 'Сергеевич' });
    expect(zernov.group.name).toMatch(/^Дети в возрасте от 5 до 18 лет/);
    // Nothing invented: no contract, nothing reserved. Its nominal is the navigator's only once the registry has
    // handed the certificate over, which another test file's «Отправить все» (certificate-actions) may have done
    // for this demo certificate by now: then the whole month's nominal is its balance; otherwise every figure is 0.
    const { nominalKopecks } = zernov.account;
    expect(zernov.account).toEqual({
      nominalKopecks,
      reservedKopecks: 0,
      balanceKopecks: nominalKopecks,
      fundedContracts: 0,
    });
    // Whether it was, when the navigator answered: known unless the hand-over came in the middle of this test.
    if (handedOverBefore === (await handedOver())) {
      if (handedOverBefore) expect(nominalKopecks).toBeGreaterThan(0);
      else expect(nominalKopecks).toBe(0);
    }
  }, 90_000);

  it('shows the regional operator every municipality', async () => {
    const funded = (await register('region@demo.ru', { tab: 'FUNDED' })).certificateRegister.certificates;
    expect(funded.map((row) => row.number)).toEqual(expect.arrayContaining(['5408127733', '9142207385']));
  });

  it('finds a certificate by its number and by the start of the child’s name, in any case', async () => {
    const byNumber = await register('operator@demo.ru', { tab: 'FUNDED', search: { number: '7305 561 290' } });
    expect(byNumber.certificateRegister.certificates.map((row) => row.number)).toEqual(['7305561290']);
    const bySurname = await register('operator@demo.ru', {
      tab: 'FUNDED',
      search: { surname: 'зерН', name: 'вик' },
    });
    expect(bySurname.certificateRegister.certificates.map((row) => row.number)).toEqual(['7305561290']);
    // Another tab does not hold it.
    const elsewhere = await register('operator@demo.ru', { tab: 'ACCOUNTING', search: { number: '7305561290' } });
    expect(elsewhere.certificateRegister.certificates).toEqual([]);
  });

  it('refuses a number that is not 10 digits and a forged cursor with a message for the field', async () => {
    const operator = await signIn('operator@demo.ru');
    const badNumber = await operator.request(REGISTER, { tab: 'FUNDED', search: { number: '12345' } });
    expect(badNumber.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { number: 'Номер сертификата — 10 цифр' },
    });
    const badCursor = await operator.request(REGISTER, { tab: 'FUNDED', after: 'bm90LWEtY3Vyc29y' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: 'Неверный курсор страницы' },
    });
  });

  it('pages by number with a cursor, every certificate once', async () => {
    const { surname, numbers } = await arrangeCertificates(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: Register = await register('operator@demo.ru', {
        tab: 'ACCOUNTING',
        search: { surname },
        first: 3,
        after,
      });
      seen.push(...result.certificateRegister.certificates.map((row) => row.number));
      after = result.certificateRegister.nextCursor;
      if (!after) break;
    }
    expect(seen).toEqual(numbers);
  });

  it('finds the certificates of a common name, which more children than FEW_CHILDREN share', async () => {
    // 2 100 children of one surname, three of them with a certificate: the search walks the tab, not the children.
    const { surname, numbers } = await arrangeCertificates(3);
    await testDatabase().query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       SELECT gen_random_uuid(), $1, 'Однофамилец', '', '2014-01-01', $2 FROM generate_series(1, 2100)`,
      [surname, DemoMunicipality.novokuznetsk],
    );
    const { certificateRegister } = await register('operator@demo.ru', {
      tab: 'ACCOUNTING',
      search: { surname: surname.toLowerCase() },
    });
    expect(certificateRegister.certificates.map((row) => row.number)).toEqual(numbers);
  });

  it('records each operator’s reading of the children’s names', async () => {
    const { surname } = await arrangeCertificates(2);
    const { certificateRegister } = await register('operator@demo.ru', { tab: 'ACCOUNTING', search: { surname } });
    const childIds = await testDatabase().query<{ child_id: string }>(
      `SELECT child_id FROM certificates.certificates WHERE id = ANY($1)`,
      [certificateRegister.certificates.map((row) => row.id)],
    );
    const rows = await eventually(
      async () =>
        (
          await testDatabase().query<{ subject_id: string; fields: string[] }>(
            `SELECT subject_id, after->'fields' AS fields FROM certificates.audit_events
              WHERE action = 'PERSONAL_DATA_READ' AND actor_user_id = $1 AND subject_id = ANY($2)`,
            [DemoUser.operator, childIds.rows.map((row) => row.child_id)],
          )
        ).rows,
      (found) => found.length === 2,
    );
    for (const row of rows) expect(row.fields).toEqual(expect.arrayContaining(['surname', 'name', 'patronymic']));
  });

  it('resolves a page with as many SQL statements for 2 certificates as for 12', async () => {
    const { surname } = await arrangeCertificates(12);
    const operator = await signIn('operator@demo.ru');
    const small = await countSqlStatements<Register>(operator, REGISTER, {
      tab: 'ACCOUNTING',
      search: { surname },
      first: 2,
    });
    const large = await countSqlStatements<Register>(operator, REGISTER, {
      tab: 'ACCOUNTING',
      search: { surname },
      first: 12,
    });
    expect(small.data.certificateRegister.certificates).toHaveLength(2);
    expect(large.data.certificateRegister.certificates).toHaveLength(12);
    expect(large.statements).toEqual(small.statements);
    // A handful each: in certificates the snapshot's BEGIN and COMMIT, the children of the name, the page,
    // the children and groups of its rows (one each), the audit of the names read.
    for (const statements of Object.values(large.statements)) expect(statements).toBeLessThanOrEqual(8);
  });
});

describe('the certificate page', () => {
  it('shows the child, the representative, the type, the history and the navigator’s figures', async () => {
    const { certificate } = await (
      await signIn('operator@demo.ru')
    ).data<{ certificate: Record<string, unknown> }>(PAGE, { number: '7305561290' });
    // Whether the demo certificate has reached the navigator depends on the other files on the shared stack
    // (the region's «Отправить все»): the page must say what the navigator's table says.
    const { rows } = await testDatabase().query(
      `SELECT EXISTS (SELECT 1 FROM navigator.registered_certificates WHERE number = $1) AS registered,
         (SELECT s.nominal_kopecks FROM navigator.registered_certificates r
            JOIN navigator.group_settings s ON s.municipality_id = r.municipality_id AND lower(s.name) = lower(r.group_name)
           WHERE r.number = $1) AS "yearNominal",
         (SELECT json_build_array(s.significant_programs, s.general_programs) FROM navigator.registered_certificates r
            JOIN navigator.group_settings s ON s.municipality_id = r.municipality_id AND lower(s.name) = lower(r.group_name)
           WHERE r.number = $1) AS "budgetPrograms"`,
      ['7305561290'],
    );
    // Once handed over, its money is the month's part of its group's setting (the demo has the setting the registry's
    // group was imported from); no contracts yet, so nothing is reserved.
    const { registered, yearNominal, budgetPrograms } = rows[0] as {
      registered: boolean;
      yearNominal: string | null;
      budgetPrograms: [number, number] | null;
    };
    const nominal = registered && yearNominal !== null ? availableNominal(yearNominal, new Date()).availableKopecks : 0;
    // And the budget programs its group's setting allows, per registry (issue 12: the registry's page shows them).
    const availablePrograms =
      registered && budgetPrograms
        ? [
            { registry: 'SIGNIFICANT', count: budgetPrograms[0] },
            { registry: 'GENERAL', count: budgetPrograms[1] },
          ]
        : [];
    expect(certificate).toMatchObject({
      number: '7305561290',
      statusName: 'Активирован',
      certificateTypeName: 'Сертификат ПФ',
      child: { surname: 'Зернов', name: 'Виктор', patronymic: 'Сергеевич', birthDate: '2010-03-10' },
      application: { applicantName: 'Зернова Ольга Николаевна' },
      applications: [{ number: '51420403', kind: 'NEW_CERTIFICATE', statusName: 'Персональные данные подтверждены' }],
      account: {
        registered,
        nominalKopecks: nominal,
        reservedKopecks: 0,
        balanceKopecks: nominal,
        activeContracts: 0,
        enrollmentRequests: 0,
        availablePrograms,
        payments: [],
      },
    });
  });

  it('is null for another municipality’s operator and for a number that does not exist', async () => {
    const kemerovo = await signIn('operator-kem@demo.ru');
    expect(await kemerovo.data(PAGE, { number: '7305561290' })).toEqual({ certificate: null });
    expect(await kemerovo.data(PAGE, { number: '0000000000' })).toEqual({ certificate: null });
    const region = await signIn('region@demo.ru');
    const { certificate } = await region.data<{ certificate: { number: string } }>(PAGE, { number: '7305561290' });
    expect(certificate.number).toBe('7305561290');
  });
});

describe('who may read the register', () => {
  it.each(['parent', 'teen', 'org@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru'])(
    'is refused to %s',
    async (login) => {
      const client = await signIn(login);
      for (const [query, variables] of [
        [REGISTER, { tab: 'FUNDED' }],
        [PAGE, { number: '7305561290' }],
      ] as const) {
        const result = await client.request(query, variables);
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        // Nothing of it is answered: the field is null, or the whole answer is.
        expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
      }
    },
  );

  it('is refused to an anonymous caller', async () => {
    const result = await anonymous().request(REGISTER, { tab: 'FUNDED' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a certificate’s money to the operator of the municipality the registry has it in, whatever the copy says', async () => {
    const { numbers } = await arrangeCertificates(1);
    const {
      rows: [certificate],
    } = await testDatabase().query<{ id: string; group_id: string }>(
      `SELECT id, group_id FROM certificates.certificates WHERE number = $1`,
      numbers,
    );
    // The navigator's copy still in Кемерово, as after a move to Новокузнецк whose event has not arrived yet (the
    // outbox retries while the navigator is down): the registry's municipality decides, not the copy.
    await testDatabase().query(
      `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
       VALUES ($1, $2, 'ACTIVATED', $3, $4, 'Группа')`,
      [certificate.id, numbers[0], DemoMunicipality.kemerovo, certificate.group_id],
    );
    const ACCOUNT = `query ($n: String!) { certificate(number: $n) { account { registered } } }`;
    expect(await (await signIn('operator@demo.ru')).data(ACCOUNT, { n: numbers[0] })).toEqual({
      certificate: { account: { registered: true } },
    });
    expect(await (await signIn('region@demo.ru')).data(ACCOUNT, { n: numbers[0] })).toEqual({
      certificate: { account: { registered: true } },
    });
    // Кемерово's operator does not reach it: the certificates subgraph answers null.
    expect(await (await signIn('operator-kem@demo.ru')).data(ACCOUNT, { n: numbers[0] })).toEqual({
      certificate: null,
    });

    // The navigator itself reads the municipality the gateway sends (`@requires`), and refuses without it.
    const operator = (userId: string, municipalityId: string): Identity => ({
      userId,
      role: 'MUNICIPAL_OPERATOR',
      fullName: 'Оператор',
      login: 'operator',
      organizationId: null,
      municipalityId,
      canViewPersonalData: true,
      canConfirmApplications: true,
    });
    const ask = async (identity: Identity, municipality: { id: string } | undefined) =>
      callSubgraph(
        'navigator',
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Certificate { account { registered } } } }`,
        {
          credential: await gatewayCredential(identity),
          variables: { r: [{ __typename: 'Certificate', id: certificate.id, municipality }] },
        },
      );
    const nk = { id: DemoMunicipality.novokuznetsk };
    const own = await ask(operator(DemoUser.operator, DemoMunicipality.novokuznetsk), nk);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data).toEqual({ _entities: [{ account: { registered: true } }] });
    // The copy's municipality is Кемерово, the registry's is not: refused.
    const other = await ask(operator(DemoUser.operatorKem, DemoMunicipality.kemerovo), nk);
    expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await ask(operator(DemoUser.operator, DemoMunicipality.novokuznetsk), undefined);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const citizen = await ask({ ...operator(DemoUser.parent, DemoMunicipality.novokuznetsk), role: 'CITIZEN' }, nk);
    expect(citizen.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
