import { CREDENTIAL_HEADER, DemoMunicipality, mintServiceCredential } from '@pfdo/platform';
import {
  anonymous,
  arrangeChild,
  arrangeCitizen,
  CaughtMail,
  closeTestDatabase,
  eventually,
  mailTo,
  signIn,
  SUBGRAPH_PORTS,
  testDatabase,
  testGatewaySecret,
  waitForMailTo,
} from '@pfdo/testing';
import { applicationWithCertificate } from './citizen-flow.support';

jest.setTimeout(120_000);
afterAll(closeTestDatabase);

const RECEIVE = `mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) { status } }`;
const CONFIRM_PD = `mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`;
const REFUSE = `mutation ($id: ID!, $reason: String!) { refuseApplication(applicationId: $id, reason: $reason) { status } }`;
const FREEZE = `mutation ($id: ID!, $reason: String!) {
  freezeCertificate(certificateId: $id, reason: $reason, confirmed: true) { certificate { status } } }`;
const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id number } } }`;
const SETTINGS = `{ notificationSettings { kind title mandatory enabled } }`;
const UPDATE_SETTINGS = `mutation ($kinds: [StatusMailKind!]!) {
  updateNotificationSettings(enabledKinds: $kinds) { kind enabled } }`;
const UNSUBSCRIBE = `mutation ($token: String!) { unsubscribe(token: $token) { kind title } }`;

type Setting = { kind: string; title: string; mandatory: boolean; enabled: boolean };

/** A citizen's application with its e-mail confirmed and its certificate received («Получить сертификат»). */
async function citizenApplication() {
  const citizen = await arrangeCitizen();
  const client = await signIn(citizen.login);
  const child = await arrangeChild({ guardianUserId: citizen.id });
  const issued = await applicationWithCertificate(client, child.id);
  return { citizen, client, ...issued, certificate: issued.certificate! };
}

/** The status-mail events the certificates subgraph wrote for an application number. */
async function statusEvents(applicationNumber: string) {
  const { rows } = await testDatabase().query(
    `SELECT id, payload FROM certificates.outbox
      WHERE topic = 'application.status-mail-requested' AND payload->>'applicationNumber' = $1 ORDER BY created_at`,
    [applicationNumber],
  );
  return rows as Array<{ id: string; payload: Record<string, unknown> }>;
}

/** Waits until the e-mail subgraph has handled an event (its inbox row), whether or not it queued an e-mail. */
async function handledByEmail(eventId: string) {
  await eventually(
    () => testDatabase().query(`SELECT 1 FROM email.inbox WHERE event_id = $1`, [eventId]),
    (result) => result.rows.length === 1,
  );
}

const withSubject = (mails: CaughtMail[], subject: string) => mails.filter((mail) => mail.subject === subject);

/** Lets the relays finish anything still due, so that a second e-mail would have had time to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

const unsubscribeTokenOf = (mail: CaughtMail) => {
  const match = /\/unsubscribe\?token=([A-Za-z0-9._-]+)/.exec(mail.text);
  if (!match) throw new Error(`no unsubscribe link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
};

describe('the applicant’s status e-mails', () => {
  it('documents received, then activated: one event each, one e-mail each, in Russian with a plain-text part', async () => {
    const { application, certificate, email, citizen } = await citizenApplication();
    await (await signIn('org@demo.ru')).data(RECEIVE, { id: application.id });
    const [received] = await waitForMailTo(email, 2); // the confirmation link, then this one
    await (await signIn('org-pd@demo.ru')).data(CONFIRM_PD, { id: application.id });
    await waitForMailTo(email, 3);
    await settle();

    const events = await statusEvents(application.number);
    expect(events.map((event) => event.payload)).toEqual([
      { kind: 'DOCUMENTS_RECEIVED', applicationNumber: application.number, to: email, userId: citizen.id },
      {
        kind: 'CERTIFICATE_ACTIVATED',
        applicationNumber: application.number,
        to: email,
        userId: citizen.id,
        certificateNumber: certificate.number,
      },
    ]);
    const mails = await mailTo(email);
    expect(mails).toHaveLength(3);
    const documents = withSubject(mails, `Заявка № ${application.number}: документы получены`);
    expect(documents).toHaveLength(1);
    expect(documents[0].text).toContain('получила подписанное заявление и документы');
    expect(documents[0].text).toContain('Отписаться от писем «Документы получены»');
    expect(received).toBeDefined();
    const [activated] = withSubject(mails, `Заявка № ${application.number}: сертификат активирован`);
    expect(activated.text).toContain(`Логин: ${certificate.number}`);
    expect(activated.text).not.toContain('Отписаться');
    expect(activated.html).toContain('<a href=');
  });

  it('refusal: the reason and what to do next', async () => {
    const { application, email } = await citizenApplication();
    await (
      await signIn('operator@demo.ru')
    ).data(REFUSE, {
      id: application.id,
      reason: 'Данные свидетельства о рождении не совпадают с оригиналом',
    });
    const [refused] = withSubject(await waitForMailTo(email, 2), `Заявка № ${application.number}: отказано`);
    expect(refused.text).toContain('Причина: Данные свидетельства о рождении не совпадают с оригиналом');
    expect(refused.text).toContain('Что делать дальше');
  });

  it('a change of group applied, then the certificate frozen, go to the representative who confirmed his e-mail', async () => {
    const { application, certificate, email } = await citizenApplication();
    const operator = await signIn('operator@demo.ru');
    await operator.data(CONFIRM_PD, { id: application.id });
    const { rows } = await testDatabase().query(
      `SELECT id, name FROM certificates.certificate_groups WHERE municipality_id = $1 AND name LIKE 'Дети с ограниченными%'`,
      [DemoMunicipality.novokuznetsk],
    );
    const { createApplication: change } = await operator.data<{
      createApplication: { application: { id: string; number: string } };
    }>(CREATE, {
      input: {
        kind: 'CHANGE_GROUP',
        municipalityId: DemoMunicipality.novokuznetsk,
        certificateNumber: certificate.number,
        groupId: rows[0].id,
        applicantName: 'Тестовый Родитель',
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    });
    await operator.data(CONFIRM_PD, { id: change.application.id });
    const [changed] = withSubject(
      await waitForMailTo(email, 3),
      `Заявка № ${change.application.number}: группа сертификата изменена`,
    );
    expect(changed.text).toContain(`переведён в группу «${rows[0].name}»`);

    await operator.data(FREEZE, { id: certificate.id, reason: 'Ребёнок выехал за пределы области' });
    const [frozen] = withSubject(await waitForMailTo(email, 4), `Заявка № ${application.number}: сертификат заморожен`);
    expect(frozen.text).toContain('Причина: Ребёнок выехал за пределы области');
    expect(frozen.text).not.toContain('Отписаться');
  });

  it('writes no event for an application whose e-mail nobody confirmed', async () => {
    const { application, email } = await citizenApplication();
    // As if the applicant had never followed the link: the address is not known to be his.
    await testDatabase().query(`UPDATE certificates.applications SET email_confirmed_at = NULL WHERE id = $1`, [
      application.id,
    ]);
    await (await signIn('org@demo.ru')).data(RECEIVE, { id: application.id });
    expect(await statusEvents(application.number)).toEqual([]);
    await settle();
    expect(await mailTo(email)).toHaveLength(1); // the confirmation link only
  });

  it('sends a redelivered event’s e-mail once', async () => {
    const { application, email } = await citizenApplication();
    await (await signIn('org@demo.ru')).data(RECEIVE, { id: application.id });
    await waitForMailTo(email, 2);
    const [event] = await statusEvents(application.number);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await fetch(`http://127.0.0.1:${SUBGRAPH_PORTS.email}/internal/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', testGatewaySecret()),
        },
        body: JSON.stringify({ id: event.id, topic: 'application.status-mail-requested', payload: event.payload }),
      });
      expect(response.status).toBe(204);
    }
    await settle();
    expect(withSubject(await mailTo(email), `Заявка № ${application.number}: документы получены`)).toHaveLength(1);
  });
});

describe('«Настройка уведомлений»', () => {
  it('an optional kind turned off is not sent; a mandatory one still is', async () => {
    const { client, application, email } = await citizenApplication();
    const { notificationSettings } = await client.data<{ notificationSettings: Setting[] }>(SETTINGS);
    expect(notificationSettings.filter((setting) => setting.mandatory).map((setting) => setting.kind)).toEqual([
      'CERTIFICATE_ACTIVATED',
      'APPLICATION_REFUSED',
      'CERTIFICATE_FROZEN',
    ]);
    expect(notificationSettings.every((setting) => setting.enabled)).toBe(true);

    const { updateNotificationSettings } = await client.data<{
      updateNotificationSettings: Array<{ kind: string; enabled: boolean }>;
    }>(UPDATE_SETTINGS, { kinds: ['GROUP_CHANGED'] });
    expect(updateNotificationSettings.filter((setting) => setting.enabled).map((setting) => setting.kind)).toEqual([
      'CERTIFICATE_ACTIVATED',
      'APPLICATION_REFUSED',
      'GROUP_CHANGED',
      'CERTIFICATE_FROZEN',
    ]);

    await (await signIn('org@demo.ru')).data(RECEIVE, { id: application.id });
    const [documentsEvent] = await statusEvents(application.number);
    await handledByEmail(documentsEvent.id);
    await (await signIn('org-pd@demo.ru')).data(CONFIRM_PD, { id: application.id });
    await waitForMailTo(email, 2);
    await settle();
    const subjects = (await mailTo(email)).map((mail) => mail.subject).sort();
    expect(subjects).toEqual([
      'Заявка на сертификат ПДО. Подтверждение электронной почты',
      `Заявка № ${application.number}: сертификат активирован`,
    ]);
  });

  it('is the citizen’s own: anonymous callers and operators are refused', async () => {
    const anonymousSettings = await anonymous().request(SETTINGS);
    expect(anonymousSettings.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const anonymousUpdate = await anonymous().request(UPDATE_SETTINGS, { kinds: [] });
    expect(anonymousUpdate.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const login of ['operator@demo.ru', 'org@demo.ru', 'region@demo.ru', 'provider@demo.ru']) {
      const operator = await signIn(login);
      expect((await operator.request(SETTINGS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await operator.request(UPDATE_SETTINGS, { kinds: [] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('«Отписаться» by the e-mail’s link', () => {
  it('turns off that one kind for that one user, with no sign-in; a forged or moved token changes nothing', async () => {
    const first = await citizenApplication();
    const second = await citizenApplication();
    const organization = await signIn('org@demo.ru');
    await organization.data(RECEIVE, { id: first.application.id });
    await organization.data(RECEIVE, { id: second.application.id });
    const [firstMail] = withSubject(
      await waitForMailTo(first.email, 2),
      `Заявка № ${first.application.number}: документы получены`,
    );
    const token = unsubscribeTokenOf(firstMail);
    const [, , kind, signature] = token.split('.');

    for (const forged of [
      `v1.${second.citizen.id}.${kind}.${signature}`,
      `v1.${first.citizen.id}.GROUP_CHANGED.${signature}`,
      `v1.${first.citizen.id}.CERTIFICATE_ACTIVATED.${signature}`,
      `${token.slice(0, -2)}AA`,
    ]) {
      const refused = await anonymous().request(UNSUBSCRIBE, { token: forged });
      expect(refused.errors?.[0].extensions?.code).toBe('UNSUBSCRIBE_LINK_INVALID');
    }
    const tooLong = await anonymous().request(UNSUBSCRIBE, { token: 'x'.repeat(5000) });
    expect(tooLong.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Ссылка для отписки недействительна/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const { rows: none } = await testDatabase().query(
      `SELECT user_id FROM email.notification_preferences WHERE user_id = ANY($1::uuid[])`,
      [[first.citizen.id, second.citizen.id]],
    );
    expect(none).toEqual([]);

    const { unsubscribe } = await anonymous().data<{ unsubscribe: { kind: string; title: string } }>(UNSUBSCRIBE, {
      token,
    });
    expect(unsubscribe).toEqual({ kind: 'DOCUMENTS_RECEIVED', title: 'Документы получены' });
    const again = await anonymous().data<{ unsubscribe: { kind: string } }>(UNSUBSCRIBE, { token });
    expect(again.unsubscribe.kind).toBe('DOCUMENTS_RECEIVED');

    const settingsOf = async (client: typeof first.client) =>
      (await client.data<{ notificationSettings: Setting[] }>(SETTINGS)).notificationSettings
        .filter((setting) => !setting.enabled)
        .map((setting) => setting.kind);
    expect(await settingsOf(first.client)).toEqual(['DOCUMENTS_RECEIVED']);
    expect(await settingsOf(second.client)).toEqual([]);
  });
});
