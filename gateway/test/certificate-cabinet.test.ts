import { randomInt, randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, DemoMunicipality, mintServiceCredential } from '@pfdo/platform';
import {
  anonymous,
  arrangeChild,
  arrangeCitizen,
  closeTestDatabase,
  countSqlStatements,
  eventually,
  GatewayClient,
  signIn,
  SUBGRAPH_PORTS,
  testDatabase,
  testGatewaySecret,
} from '@pfdo/testing';
import { availableNominal } from '../../subgraphs/navigator/src/cabinet/available-nominal';
import { applicationWithCertificate } from './citizen-flow.support';

/**
 * The certificate holder's «КАБИНЕТ» (issue 12, part B): status, possibilities, money and the feed, his own
 * certificate only. Money is arranged in a municipality of the test's own (a random id), so that no other test's
 * lists show its group setting.
 */
afterAll(closeTestDatabase);
// Each test walks a certificate through the citizen flow (scrypt sign-ins, e-mail) first.
jest.setTimeout(120_000);

const CABINET = `query ($first: Int, $after: String) { myCertificateCabinet {
  certificateId number registered status activated groupName municipality { id name regulationExcerpt }
  possibilities { significantPrograms generalPrograms preProfessionalPrograms moneyLimitReached
    money { year yearNominalKopecks monthsLeft monthsInYear nominalKopecks reservedKopecks balanceKopecks } }
  notifications(first: $first, after: $after) { notifications { id kind text occurredAt } nextCursor } } }`;

interface Cabinet {
  certificateId: string;
  number: string;
  registered: boolean;
  status: string | null;
  activated: boolean;
  groupName: string | null;
  municipality: { id: string; name: string; regulationExcerpt: string | null } | null;
  possibilities: {
    moneyLimitReached: boolean;
    significantPrograms: number;
    money: { nominalKopecks: number; monthsLeft: number; reservedKopecks: number; balanceKopecks: number } | null;
  } | null;
  notifications: { notifications: Array<{ id: string; kind: string; text: string }>; nextCursor: string | null };
}

const cabinetOf = async (client: GatewayClient, variables: Record<string, unknown> = {}) =>
  (await client.data<{ myCertificateCabinet: Cabinet }>(CABINET, variables)).myCertificateCabinet;

/** A Новокузнецк certificate issued to a citizen's child, activated unless asked otherwise; its holder signed in. */
async function newHolder(options: { activate?: boolean } = {}) {
  const citizen = await arrangeCitizen();
  const child = await arrangeChild({ guardianUserId: citizen.id });
  const issued = await applicationWithCertificate(await signIn(citizen.login), child.id);
  const certificate = issued.certificate!;
  if (options.activate !== false) {
    await (
      await signIn('org-pd@demo.ru')
    ).data(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, { id: issued.application.id });
  }
  await eventually(
    async () =>
      (await testDatabase().query(`SELECT 1 FROM organizations.users WHERE id = $1`, [certificate.id])).rowCount,
    (found) => found === 1,
  );
  const holder = await signIn(certificate.number, issued.navigatorPassword!);
  return { certificate, application: issued.application, holder, citizen };
}

async function handOver(applicationId: string) {
  await (
    await signIn('operator@demo.ru')
  ).data(`mutation ($id: ID!) { sendToNavigator(applicationId: $id) { id } }`, { id: applicationId });
}

/**
 * Moves the navigator's copy into a group of the test's own (in the copy's municipality, so that the registry's
 * operators, whose register other test files read at the same time, still see the certificate's figures), with a
 * setting of `limit` kopecks.
 */
async function arrangeSetting(certificateId: string, setting: { nominal: number; limit: number }) {
  const groupName = `Кабинет-тест ${randomInt(1e9)}`;
  const db = testDatabase();
  const { rows } = await db.query(
    `SELECT municipality_id FROM navigator.registered_certificates WHERE certificate_id = $1`,
    [certificateId],
  );
  const municipalityId: string = rows[0].municipality_id;
  await db.query(
    `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
       significant_programs, general_programs, pre_professional_programs, municipality_limit_kopecks)
     VALUES ($1, $2, $3, $4, 5, 18, 2, 3, 1, $5)`,
    [randomUUID(), municipalityId, groupName.toUpperCase(), setting.nominal, setting.limit],
  );
  await db.query(
    `UPDATE navigator.registered_certificates SET municipality_id = $2, group_name = $3 WHERE certificate_id = $1`,
    [certificateId, municipalityId, groupName],
  );
  return { municipalityId, groupName };
}

async function postEvent(event: { id: string; topic: string; payload: Record<string, unknown> }) {
  const response = await fetch(`http://127.0.0.1:${SUBGRAPH_PORTS.navigator}/internal/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', testGatewaySecret()),
    },
    body: JSON.stringify(event),
  });
  expect(response.status).toBe(204);
}

const feedKinds = async (certificateId: string) =>
  (
    await testDatabase().query(
      `SELECT kind, details FROM navigator.certificate_notifications WHERE certificate_id = $1 ORDER BY id`,
      [certificateId],
    )
  ).rows;

describe('«КАБИНЕТ»', () => {
  it('shows the holder his own certificate: not handed over yet, then handed over, activated, with its feed', async () => {
    const { certificate, application, holder } = await newHolder({ activate: false });
    const before = await cabinetOf(holder);
    expect(before).toMatchObject({
      certificateId: certificate.id,
      number: certificate.number,
      registered: false,
      status: null,
      activated: false,
      municipality: null,
      possibilities: null,
      notifications: { notifications: [], nextCursor: null },
    });

    await handOver(application.id);
    const handed = await cabinetOf(holder);
    expect(handed).toMatchObject({ registered: true, status: 'NOT_ACTIVATED', activated: false });
    expect(handed.municipality?.id).toBe(DemoMunicipality.novokuznetsk);
    const { municipality } = await (
      await signIn('operator@demo.ru')
    ).data<{ municipality: { regulationExcerpt: string | null } }>(
      `query ($id: ID!) { municipality(id: $id) { regulationExcerpt } }`,
      {
        id: DemoMunicipality.novokuznetsk,
      },
    );
    expect(handed.municipality?.regulationExcerpt).toBe(municipality.regulationExcerpt);
    expect(handed.notifications.notifications).toEqual([
      expect.objectContaining({ kind: 'HANDED_OVER', text: expect.stringContaining('Статус: не активирован') }),
    ]);

    // Activation after the hand-over reaches the copy by the event certificate.status-changed.
    await (
      await signIn('org-pd@demo.ru')
    ).data(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, { id: application.id });
    const activated = await eventually(
      () => cabinetOf(holder),
      (cabinet) => cabinet.activated,
    );
    expect(activated.status).toBe('ACTIVATED');
    expect(activated.notifications.notifications.map((notification) => notification.text)).toEqual([
      'Сертификат активирован: теперь по нему можно зачислить на обучение',
      expect.stringContaining('переданы из реестра в навигатор'),
    ]);
    // Sent again unchanged, the hand-over tells the feed nothing new.
    await handOver(application.id);
    expect(await feedKinds(certificate.id)).toHaveLength(2);
  });

  it('counts the nominal of the month from the group’s setting, and shows the limit’s message once it is reached', async () => {
    const { certificate, application, holder } = await newHolder();
    await handOver(application.id);
    const yearNominal = 24_000_00;
    await arrangeSetting(certificate.id, { nominal: yearNominal, limit: 1_000_000_000_00 });
    const expected = availableNominal(yearNominal, new Date());
    const cabinet = await cabinetOf(holder);
    expect(cabinet.possibilities).toEqual({
      significantPrograms: 2,
      generalPrograms: 3,
      preProfessionalPrograms: 1,
      moneyLimitReached: false,
      money: {
        year: expected.year,
        yearNominalKopecks: yearNominal,
        monthsLeft: expected.monthsLeft,
        monthsInYear: 12,
        nominalKopecks: expected.availableKopecks,
        reservedKopecks: 0,
        balanceKopecks: expected.availableKopecks,
      },
    });
    // The registry's certificate page reads the same figures through Certificate.account.
    const operator = await signIn('region@demo.ru');
    const { certificate: read } = await operator.data<{
      certificate: { account: { nominalKopecks: number; reservedKopecks: number; balanceKopecks: number } };
    }>(
      `query ($n: String!) { certificate(number: $n) { account { nominalKopecks reservedKopecks balanceKopecks } } }`,
      {
        n: certificate.number,
      },
    );
    expect(read.account).toEqual({
      nominalKopecks: expected.availableKopecks,
      reservedKopecks: 0,
      balanceKopecks: expected.availableKopecks,
    });

    // The municipality's committed money (reserved + spent, none here) is as much as a limit of 0: reached.
    // (Reached by committed money is gateway/test/payments.test.ts' «the municipality's money limit».)
    await testDatabase().query(
      `UPDATE navigator.group_settings SET municipality_limit_kopecks = $2
        WHERE lower(name) = lower((SELECT group_name FROM navigator.registered_certificates WHERE certificate_id = $1))`,
      [certificate.id, 0],
    );
    const reached = await cabinetOf(holder);
    expect(reached.possibilities).toMatchObject({ moneyLimitReached: true, money: null, significantPrograms: 2 });
  });
});

describe('the feed', () => {
  it('gets one row per event, in the event’s transaction: a redelivered or idle event adds none', async () => {
    const { certificate, application, holder } = await newHolder();
    await handOver(application.id);
    const frozen = {
      id: randomUUID(),
      topic: 'certificate.status-changed',
      payload: { certificateId: certificate.id, number: certificate.number, status: 'FROZEN' },
    };
    await postEvent(frozen);
    await postEvent(frozen);
    // The copy already has this status: nothing happened to tell.
    await postEvent({ ...frozen, id: randomUUID() });
    const regrouped = {
      id: randomUUID(),
      topic: 'certificate.regrouped',
      payload: {
        certificateIds: [certificate.id],
        municipalityId: DemoMunicipality.novokuznetsk,
        groupId: randomUUID(),
        groupName: 'Новая группа',
      },
    };
    await postEvent(regrouped);
    await postEvent(regrouped);
    expect(await feedKinds(certificate.id)).toEqual([
      { kind: 'HANDED_OVER', details: { status: 'ACTIVATED', groupName: expect.any(String) } },
      { kind: 'STATUS_CHANGED', details: { status: 'FROZEN' } },
      { kind: 'REGROUPED', details: { groupName: 'Новая группа' } },
    ]);
    const cabinet = await cabinetOf(holder);
    expect(cabinet).toMatchObject({ status: 'FROZEN', activated: false, groupName: 'Новая группа' });
    expect(cabinet.notifications.notifications.map((notification) => notification.text)).toEqual([
      'Сертификат переведён в группу «Новая группа»',
      'Сертификат заморожен: зачисление по нему невозможно',
      expect.stringContaining('Статус: активирован'),
    ]);
  });

  it('pages newest first by keyset, with as many statements for 1 row as for 20', async () => {
    const { certificate, application, holder } = await newHolder();
    await handOver(application.id);
    await testDatabase().query(
      `INSERT INTO navigator.certificate_notifications (certificate_id, kind, details)
       SELECT $1, 'STATUS_CHANGED', jsonb_build_object('status', 'S' || n) FROM generate_series(1, 24) n`,
      [certificate.id],
    );
    const first = await cabinetOf(holder, { first: 10 });
    expect(first.notifications.notifications[0].text).toBe('Статус сертификата изменён: S24');
    const second = await cabinetOf(holder, { first: 10, after: first.notifications.nextCursor });
    const third = await cabinetOf(holder, { first: 10, after: second.notifications.nextCursor });
    const all = [first, second, third].flatMap((page) => page.notifications.notifications);
    expect(all).toHaveLength(25);
    expect(new Set(all.map((notification) => notification.id)).size).toBe(25);
    expect(third.notifications.nextCursor).toBeNull();
    expect(all.at(-1)?.kind).toBe('HANDED_OVER');

    const bad = await holder.request(CABINET, { after: 'abc' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    const tooMany = await holder.request(CABINET, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });

    const one = await countSqlStatements(holder, CABINET, { first: 1 });
    const twenty = await countSqlStatements(holder, CABINET, { first: 20 });
    expect(twenty.statements.navigator).toBe(one.statements.navigator);
    expect(twenty.statements.certificates).toBe(one.statements.certificates);
  });
});

describe('who may read a cabinet', () => {
  it('refuses every other role, and another holder reads only his own', async () => {
    const first = await newHolder();
    const second = await newHolder({ activate: false });
    expect((await cabinetOf(second.holder)).certificateId).toBe(second.certificate.id);
    expect((await cabinetOf(first.holder)).certificateId).toBe(first.certificate.id);

    for (const login of ['provider@demo.ru', 'operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru']) {
      const refused = await (await signIn(login)).request(CABINET);
      // Refused at the query itself, not only at a part of the answer.
      expect({ login, code: refused.errors?.[0].extensions?.code, path: refused.errors?.[0].path }).toEqual({
        login,
        code: 'FORBIDDEN',
        path: ['myCertificateCabinet'],
      });
      expect(refused.data?.myCertificateCabinet ?? null).toBeNull();
    }
    const citizen = await (await signIn(first.citizen.login)).request(CABINET);
    expect(citizen.errors?.[0]).toMatchObject({ path: ['myCertificateCabinet'], extensions: { code: 'FORBIDDEN' } });
    const stranger = await anonymous().request(CABINET);
    expect(stranger.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(stranger.data?.myCertificateCabinet ?? null).toBeNull();

    // A holder cannot read another certificate's money through the operators' field either.
    const account = await first.holder.request(
      `query ($n: String!) { certificate(number: $n) { account { balanceKopecks } } }`,
      { n: second.certificate.number },
    );
    expect(account.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
