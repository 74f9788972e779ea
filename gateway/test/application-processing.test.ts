import {
  anonymous,
  arrangeChild,
  arrangeCitizen,
  closeTestDatabase,
  countSqlStatements,
  eventually,
  signIn,
  testDatabase,
  uniqueEmail,
} from '@pfdo/testing';
import { addBirthCertificate, applicationWithCertificate, SUBMIT } from './citizen-flow.support';

afterAll(closeTestDatabase);

const RECEIVE = `mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) {
  status documentsReceivedAt receivedBy { name } } }`;
const CONFIRM_PD = `mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status statusName certificate { status } } }`;
const REFUSE = `mutation ($id: ID!, $reason: String!) { refuseApplication(applicationId: $id, reason: $reason) { status refusalReason certificate { status } } }`;
const REGISTER = `query ($tab: ApplicationRegisterTab!, $search: ApplicationSearchInput, $first: Int!, $after: String) {
  applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {
    totalCount nextCursor
    applications { id number status child { surname birthDate documents { series number } } certificate { number } }
    liveCertificatesInRegion { number municipalityName }
  }
}`;

type Register = {
  applicationRegister: {
    totalCount: number;
    nextCursor: string | null;
    applications: Array<{
      id: string;
      number: string;
      status: string;
      child: { documents: Array<{ series: string; number: string }> };
    }>;
    liveCertificatesInRegion: Array<{ number: string; municipalityName: string }>;
  };
};

async function newApplication(options: { issue?: boolean } = {}) {
  const citizen = await arrangeCitizen();
  const client = await signIn(citizen.login);
  const child = await arrangeChild({ guardianUserId: citizen.id });
  return { client, child, ...(await applicationWithCertificate(client, child.id, options)) };
}

describe('processing an application', () => {
  it('records the documents received by a reception organization, then confirms the personal data', async () => {
    const { application, certificate } = await newApplication();
    const organization = await signIn('org@demo.ru');
    const { recordDocumentsReceived } = await organization.data<{ recordDocumentsReceived: Record<string, unknown> }>(
      RECEIVE,
      {
        id: application.id,
      },
    );
    expect(recordDocumentsReceived).toMatchObject({
      status: 'DOCUMENTS_RECEIVED',
      receivedBy: { name: 'МБОУ «Средняя общеобразовательная школа № 110»' },
    });

    // Without the two rights the organization cannot confirm or refuse.
    for (const [mutation, variables] of [
      [CONFIRM_PD, { id: application.id }],
      [REFUSE, { id: application.id, reason: 'Ошибка' }],
    ] as const) {
      const refused = await organization.request(mutation, variables);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    const withRights = await signIn('org-pd@demo.ru');
    const { confirmPersonalData } = await withRights.data<{ confirmPersonalData: Record<string, unknown> }>(
      CONFIRM_PD,
      { id: application.id },
    );
    expect(confirmPersonalData).toEqual({
      status: 'CONFIRMED',
      statusName: 'Персональные данные подтверждены',
      certificate: { status: 'ACTIVATED' },
    });
    const again = await withRights.request(CONFIRM_PD, { id: application.id });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Заявка уже обработана: персональные данные подтверждены',
      extensions: { code: 'APPLICATION_ALREADY_PROCESSED' },
    });
    expect(certificate).not.toBeNull();
  });

  it('refuses with a reason, annuls the certificate and its cabinet, and lets the child apply again', async () => {
    const { client, child, application, certificate, navigatorPassword } = await newApplication();
    const operator = await signIn('operator@demo.ru');
    const noReason = await operator.request(REFUSE, { id: application.id, reason: '  ' });
    expect(noReason.errors?.[0]).toMatchObject({
      message: 'Укажите причину отказа',
      extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
    });

    const { refuseApplication } = await operator.data<{ refuseApplication: Record<string, unknown> }>(REFUSE, {
      id: application.id,
      reason: 'Данные свидетельства о рождении не совпадают с оригиналом',
    });
    expect(refuseApplication).toEqual({
      status: 'REFUSED',
      refusalReason: 'Данные свидетельства о рождении не совпадают с оригиналом',
      certificate: { status: 'ANNULLED' },
    });
    await eventually(
      () =>
        anonymous().request(`mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }`, {
          l: certificate!.number,
          p: navigatorPassword,
        }),
      (result) => result.errors?.[0].extensions?.code === 'INVALID_CREDENTIALS',
    );
    const reapplied = await client.request(SUBMIT, { childId: child.id, email: uniqueEmail() });
    expect(reapplied.errors).toBeUndefined();
  });

  it('lets exactly one of two operators acting at the same moment win', async () => {
    const { application } = await newApplication();
    const [municipal, organization] = await Promise.all([signIn('operator@demo.ru'), signIn('org-pd@demo.ru')]);
    const results = await Promise.all([
      municipal.request(CONFIRM_PD, { id: application.id }),
      organization.request(REFUSE, { id: application.id, reason: 'Документы не представлены' }),
    ]);
    const winners = results.filter((result) => result.data);
    const losers = results.filter((result) => !result.data);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions?.code).toBe('APPLICATION_ALREADY_PROCESSED');
    expect(losers[0].errors?.[0].message).toMatch(/^Заявка уже обработана/);
    const { rows } = await testDatabase().query(
      `SELECT action FROM certificates.audit_events WHERE subject_id = $1 AND action IN ('PERSONAL_DATA_CONFIRMED', 'APPLICATION_REFUSED')`,
      [application.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses an action the status does not allow, with a stable code', async () => {
    const citizen = await arrangeCitizen();
    const client = await signIn(citizen.login);
    const child = await arrangeChild({ guardianUserId: citizen.id });
    await addBirthCertificate(client, child.id);
    const { submitApplication } = await client.data<{ submitApplication: { id: string } }>(SUBMIT, {
      childId: child.id,
      email: uniqueEmail(),
    });
    const result = await (await signIn('operator@demo.ru')).request(RECEIVE, { id: submitApplication.id });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Это действие недоступно для заявки в статусе «Электронная почта не подтверждена»',
      extensions: { code: 'ACTION_NOT_ALLOWED_IN_STATUS' },
    });
    const noCertificate = await newApplication({ issue: false });
    const early = await (await signIn('operator@demo.ru')).request(CONFIRM_PD, { id: noCertificate.application.id });
    expect(early.errors?.[0].extensions?.code).toBe('CERTIFICATE_NOT_ISSUED');
  });

  it('keeps an operator of Кемерово out of Новокузнецк’s applications, even their numbers', async () => {
    const { application } = await newApplication();
    const kemerovo = await signIn('operator-kem@demo.ru');
    for (const mutation of [CONFIRM_PD, RECEIVE]) {
      const result = await kemerovo.request(mutation, { id: application.id });
      expect(result.errors?.[0]).toMatchObject({ message: 'Заявка не найдена', extensions: { code: 'NOT_FOUND' } });
    }
    const search = await kemerovo.data<Register>(REGISTER, {
      tab: 'ALL',
      search: { applicationNumber: application.number },
      first: 10,
    });
    expect(search.applicationRegister).toMatchObject({ totalCount: 0, applications: [] });
    const BY_NUMBER = `query ($n: String!) { application(number: $n) { number certificate { statusName } } }`;
    expect(await kemerovo.data(BY_NUMBER, { n: application.number })).toEqual({ application: null });
    expect(await (await signIn('operator@demo.ru')).data(BY_NUMBER, { n: application.number })).toEqual({
      application: { number: application.number, certificate: { statusName: 'Не активирован' } },
    });
  });

  it.each([
    ['parent', [RECEIVE, CONFIRM_PD, REFUSE]],
    ['teen', [RECEIVE, CONFIRM_PD, REFUSE]],
    ['provider@demo.ru', [RECEIVE, CONFIRM_PD, REFUSE]],
    ['region@demo.ru', [RECEIVE, CONFIRM_PD, REFUSE]],
    ['org@demo.ru', [CONFIRM_PD, REFUSE]],
  ])('refuses %s the mutations that are not theirs', async (login, mutations) => {
    const client = await signIn(login);
    for (const mutation of mutations) {
      const result = await client.request(mutation, { id: '00000000-0000-4000-8000-000000000000', reason: 'Причина' });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
  });
});

describe('the register of applications', () => {
  it('finds an application by the child’s document, with the child’s live certificates in the region', async () => {
    const { application, document, certificate } = await newApplication();
    const operator = await signIn('operator@demo.ru');
    const { applicationRegister } = await operator.data<Register>(REGISTER, {
      tab: 'ALL',
      search: { documentSeries: document.series.toLowerCase(), documentNumber: document.number },
      first: 20,
    });
    expect(applicationRegister.applications.map((row) => row.number)).toContain(application.number);
    expect(applicationRegister.liveCertificatesInRegion).toEqual([
      { number: certificate!.number, municipalityName: 'г. Новокузнецк' },
    ]);

    // A reception organization without the personal-data right sees the series and number masked.
    const organization = await signIn('org@demo.ru');
    const masked = await organization.data<Register>(REGISTER, {
      tab: 'ALL',
      search: { applicationNumber: application.number },
      first: 1,
    });
    expect(masked.applicationRegister.applications[0].child.documents[0]).toEqual({
      series: document.series.replace(/[^-]/g, '*'),
      number: '******',
    });
  });

  it('pages through the applications with a cursor, newest first', async () => {
    const operator = await signIn('operator@demo.ru');
    const first = await operator.data<Register>(REGISTER, { tab: 'ALL', first: 2 });
    expect(first.applicationRegister.applications).toHaveLength(2);
    const second = await operator.data<Register>(REGISTER, {
      tab: 'ALL',
      first: 2,
      after: first.applicationRegister.nextCursor,
    });
    const ids = [...first.applicationRegister.applications, ...second.applicationRegister.applications].map(
      (row) => row.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.applicationRegister.totalCount).toBe(first.applicationRegister.totalCount);
  });

  it('shows the application’s history of state changes', async () => {
    const { application } = await newApplication();
    const operator = await signIn('operator@demo.ru');
    await operator.data(RECEIVE, { id: application.id });
    const { applicationRegister } = await operator.data<{
      applicationRegister: { applications: Array<{ history: Array<{ actionName: string; actorName: string }> }> };
    }>(
      `query ($n: String!) { applicationRegister(search: { applicationNumber: $n }) { applications { history { actionName actorName } } } }`,
      { n: application.number },
    );
    expect(applicationRegister.applications[0].history.map((entry) => entry.actionName)).toEqual([
      'Заявка создана',
      'Электронная почта подтверждена',
      'Сертификат получен',
      'Документы получены',
    ]);
    expect(applicationRegister.applications[0].history[3].actorName).toBe('Петрова Ольга Викторовна');
  });
});

describe('«Редактировать» and «Отправить в ПФДО»', () => {
  const EDIT = `mutation ($id: ID!, $child: ChildDataInput) { editApplication(applicationId: $id, child: $child) {
    child { surname name } history { actionName } } }`;
  const SEND = `mutation ($id: ID!) { sendToNavigator(applicationId: $id) { sentToNavigatorAt } }`;

  it('corrects the child’s data before confirmation, recording it, and not after', async () => {
    const { application, child } = await newApplication();
    const withRights = await signIn('org-pd@demo.ru');
    const { editApplication } = await withRights.data<{
      editApplication: { child: { surname: string; name: string }; history: Array<{ actionName: string }> };
    }>(EDIT, {
      id: application.id,
      child: { surname: 'Исправленная', name: child.name, patronymic: child.patronymic, birthDate: child.birthDate },
    });
    expect(editApplication.child.surname).toBe('Исправленная');
    expect(editApplication.history.map((entry) => entry.actionName)).toContain('Заявка отредактирована');
    const { rows } = await testDatabase().query(
      `SELECT before->'child'->>'surname' AS before, after->'child'->>'surname' AS after FROM certificates.audit_events
        WHERE subject_id = $1 AND action = 'APPLICATION_EDITED'`,
      [application.id],
    );
    expect(rows).toEqual([{ before: child.surname, after: 'Исправленная' }]);

    const withoutRights = await (
      await signIn('org@demo.ru')
    ).request(EDIT, { id: application.id, child: { surname: 'Другая', name: 'Анна', birthDate: child.birthDate } });
    expect(withoutRights.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await withRights.data(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, {
      id: application.id,
    });
    const late = await withRights.request(EDIT, {
      id: application.id,
      child: { surname: 'Поздняя', name: 'Анна', birthDate: child.birthDate },
    });
    expect(late.errors?.[0].extensions?.code).toBe('APPLICATION_ALREADY_PROCESSED');
  });

  it('hands the certificate to the navigator, idempotently', async () => {
    const { application, certificate } = await newApplication();
    const operator = await signIn('operator@demo.ru');
    const first = await operator.data<{ sendToNavigator: { sentToNavigatorAt: string } }>(SEND, { id: application.id });
    const second = await operator.data<{ sendToNavigator: { sentToNavigatorAt: string } }>(SEND, {
      id: application.id,
    });
    expect(Date.parse(second.sendToNavigator.sentToNavigatorAt)).toBeGreaterThanOrEqual(
      Date.parse(first.sendToNavigator.sentToNavigatorAt),
    );
    const { rows } = await testDatabase().query(
      `SELECT number, status FROM navigator.registered_certificates WHERE number = $1`,
      [certificate!.number],
    );
    expect(rows).toEqual([{ number: certificate!.number, status: 'NOT_ACTIVATED' }]);
    const organization = await (await signIn('org-pd@demo.ru')).request(SEND, { id: application.id });
    expect(organization.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reports a failed hand-off plainly, records nothing, and succeeds on retry', async () => {
    const { application, certificate } = await newApplication();
    // The navigator refuses: it already holds another certificate under this number.
    const squatter = '00000000-0000-4000-8000-00000000beef';
    await testDatabase().query(
      `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
       VALUES ($1, $2, 'ACTIVATED', $3, $3, '')`,
      [squatter, certificate!.number, '10000000-0000-4000-8000-000000000002'],
    );
    const operator = await signIn('operator@demo.ru');
    const failed = await operator.request<{ sendToNavigator: unknown }>(SEND, { id: application.id });
    expect(failed.errors?.[0]).toMatchObject({
      message: 'Не удалось отправить данные в ПФДО (ответ 500). Попробуйте ещё раз',
      extensions: { code: 'NAVIGATOR_UNAVAILABLE' },
    });
    const { rows } = await testDatabase().query(
      `SELECT sent_to_navigator_at FROM certificates.applications WHERE id = $1`,
      [application.id],
    );
    expect(rows[0].sent_to_navigator_at).toBeNull();

    await testDatabase().query(`DELETE FROM navigator.registered_certificates WHERE certificate_id = $1`, [squatter]);
    const retried = await operator.data<{ sendToNavigator: { sentToNavigatorAt: string } }>(SEND, {
      id: application.id,
    });
    expect(retried.sendToNavigator.sentToNavigatorAt).not.toBeNull();
  });
});

describe('the register’s cost', () => {
  it('resolves a page of 20 with as many SQL statements as a page of 2', async () => {
    const operator = await signIn('operator@demo.ru');
    // The newest rows carry every kind of field (a receiving organization among them), as older rows do.
    for (let index = 0; index < 3; index += 1) {
      const { application } = await newApplication();
      await operator.data(RECEIVE, { id: application.id });
    }
    const PAGE = `query ($first: Int!) { applicationRegister(tab: ALL, first: $first) { totalCount applications {
      number status statusName direction allowedActions createdAt receivedBy { name }
      child { surname name patronymic birthDate documents { typeName series number } }
      certificate { number status group { name } municipality { name } }
      history { actionName actorName }
    } } }`;
    const small = await countSqlStatements<{ applicationRegister: { applications: unknown[] } }>(operator, PAGE, {
      first: 2,
    });
    const large = await countSqlStatements<{ applicationRegister: { applications: unknown[] } }>(operator, PAGE, {
      first: 20,
    });
    expect(small.data.applicationRegister.applications).toHaveLength(2);
    expect(large.data.applicationRegister.applications.length).toBeGreaterThan(2);
    expect(large.statements).toEqual(small.statements);
  });
});
