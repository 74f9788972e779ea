import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  anonymous,
  arrangeChild,
  attachmentOf,
  arrangeCitizen,
  closeTestDatabase,
  countSqlStatements,
  eventually,
  signIn,
  testDatabase,
  waitForMailTo,
} from '@pfdo/testing';
import { applicationWithCertificate } from './citizen-flow.support';

afterAll(closeTestDatabase);
// Each test signs in several times (scrypt) and walks a certificate through the citizen flow first.
jest.setTimeout(120_000);

const FREEZE = `mutation ($id: ID!, $reason: String!, $confirmed: Boolean!) {
  freezeCertificate(certificateId: $id, reason: $reason, confirmed: $confirmed) {
    certificate { number status statusName } allowedActions } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawCertificateConsent(certificateId: $id) {
  certificate { status statusName } allowedActions } }`;
const EXTRACT = `mutation ($id: ID!, $password: String, $repeat: String) {
  issueCertificateExtract(certificateId: $id, password: $password, passwordRepeat: $repeat) {
    login password fileName pdfBase64 certificate { number } } }`;
const AT_HAND = `query ($n: String!) { certificateAtHand(number: $n) {
  certificate { id number status } child { surname name } allowedActions } }`;
const NOT_SENT = `query ($first: Int!, $after: String) { certificatesNotSentToNavigator(first: $first, after: $after) {
  nextCursor certificates { certificate { id number statusName group { name } municipality { name } } child { surname name }
  representativeEmailMasked } } }`;
const RESEND_ONE = `mutation ($id: ID!) { resendCertificateToNavigator(certificateId: $id) { certificate { number } } }`;
const RESEND_ALL = `mutation ($after: String) { resendCertificatesToNavigator(after: $after) { sent failed nextCursor } }`;
const LOGIN = `mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }`;

type Extract = { issueCertificateExtract: { login: string; password: string; fileName: string; pdfBase64: string } };

/** A certificate of Новокузнецк, issued to a citizen's child; activated unless asked otherwise. */
async function newCertificate(options: { activate?: boolean } = {}) {
  const citizen = await arrangeCitizen();
  const client = await signIn(citizen.login);
  const child = await arrangeChild({ guardianUserId: citizen.id });
  const issued = await applicationWithCertificate(client, child.id);
  if (options.activate !== false) {
    await (
      await signIn('org-pd@demo.ru')
    ).data(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, { id: issued.application.id });
  }
  return { child, ...issued, certificate: issued.certificate! };
}

/** The number just below `number`, as the keyset cursor of the not-sent list: the page then starts at `number`. */
const justBefore = (number: string) => String(BigInt(number) - 1n).padStart(10, '0');

describe('«Заморозить»', () => {
  it('needs a reason and the tick, then freezes, recording who, when and from where, and tells the navigator', async () => {
    const { certificate, application } = await newCertificate();
    const operator = await signIn('operator@demo.ru');
    // The navigator has a copy of it, which must learn that it is frozen.
    await operator.data(`mutation ($id: ID!) { sendToNavigator(applicationId: $id) { id } }`, { id: application.id });

    const empty = await operator.request(FREEZE, { id: certificate.id, reason: '  ', confirmed: false });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        reason: 'Укажите причины заморозки сертификата',
        confirmed: 'Подтвердите основания для заморозки сертификата',
      },
    });
    const unticked = await operator.request(FREEZE, { id: certificate.id, reason: 'Ребёнку 18 лет', confirmed: false });
    expect(unticked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmed' });
    const { rows: untouched } = await testDatabase().query(
      `SELECT status FROM certificates.certificates WHERE id = $1`,
      [certificate.id],
    );
    expect(untouched).toEqual([{ status: 'ACTIVATED' }]);

    const { freezeCertificate } = await operator.data<{ freezeCertificate: Record<string, unknown> }>(FREEZE, {
      id: certificate.id,
      reason: 'Смена региона проживания (п. 4.2 Положения о ПДО)',
      confirmed: true,
    });
    expect(freezeCertificate).toEqual({
      certificate: { number: certificate.number, status: 'FROZEN', statusName: 'Заморожен' },
      allowedActions: [],
    });
    const { rows: audit } = await testDatabase().query(
      `SELECT actor_name, actor_role, client_ip, occurred_at, before, after FROM certificates.audit_events
        WHERE subject_id = $1 AND action = 'CERTIFICATE_FROZEN'`,
      [certificate.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_name: 'Петрова Ольга Викторовна',
      actor_role: 'MUNICIPAL_OPERATOR',
      before: { status: 'ACTIVATED' },
      after: { status: 'FROZEN', reason: 'Смена региона проживания (п. 4.2 Положения о ПДО)' },
    });
    expect(audit[0].client_ip).not.toBe('');
    expect(Date.now() - new Date(audit[0].occurred_at).getTime()).toBeLessThan(60_000);

    await eventually(
      async () =>
        (
          await testDatabase().query(`SELECT status FROM navigator.registered_certificates WHERE certificate_id = $1`, [
            certificate.id,
          ])
        ).rows,
      (rows) => rows[0]?.status === 'FROZEN',
    );

    const again = await operator.request(FREEZE, { id: certificate.id, reason: 'Ещё раз', confirmed: true });
    expect(again.errors?.[0]).toMatchObject({
      message: '«Заморозить» нельзя: сертификат заморожен',
      extensions: { code: 'ACTION_NOT_ALLOWED_IN_STATUS' },
    });
  });

  it('freezes only an activated certificate, and only in the operator’s municipality', async () => {
    const { certificate } = await newCertificate({ activate: false });
    const operator = await signIn('operator@demo.ru');
    const early = await operator.request(FREEZE, { id: certificate.id, reason: 'Причина', confirmed: true });
    expect(early.errors?.[0].extensions?.code).toBe('ACTION_NOT_ALLOWED_IN_STATUS');

    const activated = await newCertificate();
    const kemerovo = await signIn('operator-kem@demo.ru');
    const elsewhere = await kemerovo.request(FREEZE, {
      id: activated.certificate.id,
      reason: 'Причина',
      confirmed: true,
    });
    expect(elsewhere.errors?.[0]).toMatchObject({ message: 'Сертификат не найден', extensions: { code: 'NOT_FOUND' } });
    expect(await kemerovo.data(AT_HAND, { n: activated.certificate.number })).toEqual({ certificateAtHand: null });

    const region = await signIn('region@demo.ru');
    const { freezeCertificate } = await region.data<{ freezeCertificate: { certificate: { status: string } } }>(
      FREEZE,
      { id: activated.certificate.id, reason: 'Ребёнку исполнилось 18 лет', confirmed: true },
    );
    expect(freezeCertificate.certificate.status).toBe('FROZEN');
  });
});

describe('«Отозвать согласие»', () => {
  it('withdraws the consent to an activated certificate the navigator holds nothing for, audited', async () => {
    const { certificate } = await newCertificate();
    const operator = await signIn('operator@demo.ru');
    const { certificateAtHand } = await operator.data<{ certificateAtHand: { allowedActions: string[] } }>(AT_HAND, {
      n: certificate.number,
    });
    expect(certificateAtHand.allowedActions).toEqual(['FREEZE', 'WITHDRAW_CONSENT', 'NEW_EXTRACT']);
    const { withdrawCertificateConsent } = await operator.data<{ withdrawCertificateConsent: unknown }>(WITHDRAW, {
      id: certificate.id,
    });
    expect(withdrawCertificateConsent).toEqual({
      certificate: { status: 'CONSENT_WITHDRAWN', statusName: 'Согласие отозвано' },
      allowedActions: [],
    });
    const { rows } = await testDatabase().query(
      `SELECT before, after FROM certificates.audit_events WHERE subject_id = $1 AND action = 'CONSENT_WITHDRAWN'`,
      [certificate.id],
    );
    expect(rows).toEqual([{ before: { status: 'ACTIVATED' }, after: { status: 'CONSENT_WITHDRAWN' } }]);
    const again = await operator.request(WITHDRAW, { id: certificate.id });
    expect(again.errors?.[0].extensions?.code).toBe('ACTION_NOT_ALLOWED_IN_STATUS');
  });
});

describe('«Сформировать новую выписку/Изменить пароль»', () => {
  it('checks a typed password, then changes it at once, ends the cabinet’s sessions and prints it in the PDF', async () => {
    const { certificate, navigatorPassword } = await newCertificate({ activate: false });
    // The holder is signed in to the navigator cabinet with the old password, once its cabinet is opened.
    await eventually(
      async () =>
        (await testDatabase().query(`SELECT 1 FROM organizations.users WHERE id = $1`, [certificate.id])).rowCount,
      (found) => found === 1,
    );
    const holder = await signIn(certificate.number, navigatorPassword);
    expect((await holder.data<{ me: { id: string } }>(`{ me { id } }`)).me.id).toBe(certificate.id);

    const operator = await signIn('operator@demo.ru');
    const mismatch = await operator.request(EXTRACT, { id: certificate.id, password: 'Kuznetsk2026', repeat: 'x' });
    expect(mismatch.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { passwordRepeat: 'Пароли не совпадают: введите новый пароль ещё раз' },
    });
    const weak = await operator.request(EXTRACT, { id: certificate.id, password: 'abc', repeat: 'abc' });
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: 'Пароль должен быть не короче 8 символов' },
    });
    // Neither touched the cabinet.
    expect((await anonymous().request(LOGIN, { l: certificate.number, p: navigatorPassword })).errors).toBeUndefined();

    const { issueCertificateExtract } = await operator.data<Extract>(EXTRACT, {
      id: certificate.id,
      password: 'Kuznetsk2026',
      repeat: 'Kuznetsk2026',
    });
    expect(issueCertificateExtract).toMatchObject({
      login: certificate.number,
      password: 'Kuznetsk2026',
      fileName: `vypiska-${certificate.number}.pdf`,
    });
    // At once: the old password and the open session no longer work, the new one does.
    const old = await anonymous().request(LOGIN, { l: certificate.number, p: navigatorPassword });
    expect(old.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    // The session is gone from the database already; the gateway forgets it once PostgreSQL's NOTIFY reaches it.
    const { rows: sessions } = await testDatabase().query(`SELECT 1 FROM organizations.sessions WHERE user_id = $1`, [
      certificate.id,
    ]);
    expect(sessions).toEqual([]);
    await eventually(
      () => holder.request<{ me: unknown }>(`{ me { id } }`),
      (result) => !result.data?.me,
    );
    expect((await anonymous().request(LOGIN, { l: certificate.number, p: 'Kuznetsk2026' })).errors).toBeUndefined();

    const folder = mkdtempSync(join(tmpdir(), 'extract-'));
    try {
      const file = join(folder, 'extract.pdf');
      writeFileSync(file, Buffer.from(issueCertificateExtract.pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Выписка из реестра сертификатов');
      expect(text).toContain(certificate.number);
      expect(text).toContain('Kuznetsk2026');
      expect(text).toContain('г. Новокузнецк');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const { rows } = await testDatabase().query(
      `SELECT after FROM certificates.audit_events WHERE subject_id = $1 AND action = 'EXTRACT_ISSUED'`,
      [certificate.id],
    );
    expect(rows).toEqual([{ after: { number: certificate.number, password: 'typed' } }]);
    const { rows: stored } = await testDatabase().query(
      `SELECT count(*)::int AS n FROM certificates.audit_events WHERE subject_id = $1 AND (after::text LIKE '%Kuznetsk2026%')`,
      [certificate.id],
    );
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('generates a password when none is typed, for a reception organization with both rights', async () => {
    const { certificate } = await newCertificate();
    const organization = await signIn('org-pd@demo.ru');
    const { issueCertificateExtract } = await organization.data<Extract>(EXTRACT, { id: certificate.id });
    expect(issueCertificateExtract.password).toMatch(/^[A-Za-z2-9]{10}$/);
    expect(
      (await anonymous().request(LOGIN, { l: certificate.number, p: issueCertificateExtract.password })).errors,
    ).toBeUndefined();
    const without = await (await signIn('org@demo.ru')).request(EXTRACT, { id: certificate.id });
    expect(without.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the new extract e-mailed to the representative', () => {
  const SEND = `mutation ($id: ID!, $password: String, $repeat: String) {
    issueCertificateExtract(certificateId: $id, password: $password, passwordRepeat: $repeat, sendByEmail: true) {
      password emailedTo } }`;
  const EMAIL_AT_HAND = `query ($n: String!) { certificateAtHand(number: $n) { representativeEmailMasked } }`;

  it('goes to the confirmed address with the PDF, the password only in the PDF, and no copy kept once sent', async () => {
    const { certificate, email } = await newCertificate();
    const operator = await signIn('operator@demo.ru');
    const masked = `${email[0]}********${email.slice(email.indexOf('@'))}`;
    const { certificateAtHand } = await operator.data<{ certificateAtHand: { representativeEmailMasked: string } }>(
      EMAIL_AT_HAND,
      { n: certificate.number },
    );
    expect(certificateAtHand.representativeEmailMasked).toBe(masked);

    const { issueCertificateExtract } = await operator.data<{
      issueCertificateExtract: { password: string; emailedTo: string };
    }>(SEND, { id: certificate.id, password: 'Pochta2026', repeat: 'Pochta2026' });
    expect(issueCertificateExtract).toEqual({ password: 'Pochta2026', emailedTo: masked });

    // Before it: the confirmation of the application, and the status e-mail of its activation.
    const mails = await waitForMailTo(email, 3);
    const mail = mails.find(
      (candidate) => candidate.subject === `Выписка из реестра сертификатов № ${certificate.number}`,
    );
    expect(mail?.text).toContain(`Логин: ${certificate.number}`);
    expect(mail?.text).toContain('/navigator');
    expect(`${mail?.text}${mail?.html}`).not.toContain('Pochta2026');
    const folder = mkdtempSync(join(tmpdir(), 'extract-mail-'));
    try {
      const file = join(folder, 'extract.pdf');
      writeFileSync(file, await attachmentOf(mail!, `vypiska-${certificate.number}.pdf`));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(certificate.number);
      expect(text).toContain('Pochta2026');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // Delivered: neither outbox keeps the extract or the password.
    const outbox = await eventually(
      async () =>
        (
          await testDatabase().query(
            `SELECT delivered_at IS NOT NULL AS delivered, payload::text LIKE '%extractPdfBase64%' AS "keepsExtract"
               FROM certificates.outbox WHERE topic = 'certificate.extract-mail-requested' AND payload->>'certificateId' = $1`,
            [certificate.id],
          )
        ).rows,
      (rows) => rows.length === 1 && rows[0].delivered,
    );
    expect(outbox).toEqual([{ delivered: true, keepsExtract: false }]);
    const { rows: sent } = await testDatabase().query(
      `SELECT payload ? 'attachments' AS "keepsAttachment" FROM email.outbox
        WHERE topic = 'smtp.send' AND payload->>'to' = $1 AND payload->>'subject' LIKE 'Выписка%' AND delivered_at IS NOT NULL`,
      [email],
    );
    expect(sent).toEqual([{ keepsAttachment: false }]);
    const { rows: audit } = await testDatabase().query(
      `SELECT after FROM certificates.audit_events WHERE subject_id = $1 AND action = 'EXTRACT_ISSUED'`,
      [certificate.id],
    );
    expect(audit).toEqual([{ after: { number: certificate.number, password: 'typed', emailedTo: masked } }]);
  });

  it('is refused, the password unchanged, when no application has a confirmed e-mail', async () => {
    const { certificate, application, navigatorPassword } = await newCertificate({ activate: false });
    await testDatabase().query(`UPDATE certificates.applications SET email_confirmed_at = NULL WHERE id = $1`, [
      application.id,
    ]);
    const operator = await signIn('operator@demo.ru');
    const { certificateAtHand } = await operator.data<{ certificateAtHand: { representativeEmailMasked: null } }>(
      EMAIL_AT_HAND,
      { n: certificate.number },
    );
    expect(certificateAtHand.representativeEmailMasked).toBeNull();
    const refused = await operator.request(SEND, { id: certificate.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'REPRESENTATIVE_EMAIL_MISSING' });
    expect(refused.errors?.[0].message).toContain('Пароль не изменён');
    const login = await eventually(
      () => anonymous().request(LOGIN, { l: certificate.number, p: navigatorPassword }),
      (result) => !result.errors,
    );
    expect(login.errors).toBeUndefined();
  });
});

describe('«Отправить в ПФДО» for the region', () => {
  it('lists the certificates that never reached the navigator and sends one, or the next batch, idempotently', async () => {
    const first = await newCertificate({ activate: false });
    const region = await signIn('region@demo.ru');
    type Page = {
      certificatesNotSentToNavigator: {
        nextCursor: string | null;
        certificates: Array<{ certificate: { id: string; number: string; municipality: { name: string } } }>;
      };
    };
    const listed = await region.data<Page>(NOT_SENT, { first: 1, after: justBefore(first.certificate.number) });
    expect(listed.certificatesNotSentToNavigator.certificates[0].certificate).toMatchObject({
      number: first.certificate.number,
      municipality: { name: 'г. Новокузнецк' },
    });
    await region.data(RESEND_ONE, { id: first.certificate.id });
    await region.data(RESEND_ONE, { id: first.certificate.id });
    const { rows } = await testDatabase().query(
      `SELECT status FROM navigator.registered_certificates WHERE certificate_id = $1`,
      [first.certificate.id],
    );
    expect(rows).toEqual([{ status: 'NOT_ACTIVATED' }]);
    const after = await region.data<Page>(NOT_SENT, { first: 1, after: justBefore(first.certificate.number) });
    expect(after.certificatesNotSentToNavigator.certificates[0]?.certificate.number).not.toBe(first.certificate.number);

    const second = await newCertificate({ activate: false });
    const batch = await region.data<{ resendCertificatesToNavigator: { sent: number; failed: number } }>(RESEND_ALL, {
      after: justBefore(second.certificate.number),
    });
    expect(batch.resendCertificatesToNavigator.sent).toBeGreaterThanOrEqual(1);
    const { rows: sent } = await testDatabase().query(
      `SELECT c.sent_to_navigator_at IS NOT NULL AS sent, a.sent_to_navigator_at IS NOT NULL AS application_sent
         FROM certificates.certificates c JOIN certificates.applications a ON a.id = c.application_id WHERE c.id = $1`,
      [second.certificate.id],
    );
    expect(sent).toEqual([{ sent: true, application_sent: true }]);
  });

  it('resolves a page of 20 with as many SQL statements as a page of 2', async () => {
    const region = await signIn('region@demo.ru');
    await newCertificate({ activate: false });
    await newCertificate({ activate: false });
    await newCertificate({ activate: false });
    await region.data(NOT_SENT, { first: 1 }); // the session, looked up once and then kept by the gateway
    const small = await countSqlStatements(region, NOT_SENT, { first: 2 });
    const large = await countSqlStatements(region, NOT_SENT, { first: 20 });
    expect(large.statements).toEqual(small.statements);
  });
});

describe('who may act on a certificate', () => {
  const ID = '00000000-0000-4000-8000-000000000000';
  const CALLS: Record<string, [string, Record<string, unknown>]> = {
    freeze: [FREEZE, { id: ID, reason: 'Причина', confirmed: true }],
    withdraw: [WITHDRAW, { id: ID }],
    extract: [EXTRACT, { id: ID }],
    resendOne: [RESEND_ONE, { id: ID }],
    resendAll: [RESEND_ALL, {}],
    notSent: [NOT_SENT, { first: 1 }],
  };
  it.each([
    ['parent', ['freeze', 'withdraw', 'extract', 'resendOne', 'resendAll', 'notSent']],
    ['teen', ['freeze', 'withdraw', 'extract', 'resendOne', 'resendAll', 'notSent']],
    ['provider@demo.ru', ['freeze', 'withdraw', 'extract', 'resendOne', 'resendAll', 'notSent']],
    ['org@demo.ru', ['freeze', 'withdraw', 'extract', 'resendOne', 'resendAll', 'notSent']],
    ['org-pd@demo.ru', ['freeze', 'withdraw', 'resendOne', 'resendAll', 'notSent']],
    ['operator@demo.ru', ['resendOne', 'resendAll', 'notSent']],
  ])('refuses %s what is not theirs', async (login, names) => {
    const client = await signIn(login);
    for (const name of names) {
      const [query, variables] = CALLS[name];
      const result = await client.request(query, variables);
      expect([name, result.errors?.[0].extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
  });

  it('refuses an anonymous caller', async () => {
    const result = await anonymous().request(FREEZE, { id: ID, reason: 'Причина', confirmed: true });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
