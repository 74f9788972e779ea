import {
  anonymous,
  arrangeChild,
  closeTestDatabase,
  confirmationTokenOf,
  eventually,
  mailTo,
  setSmtp,
  signIn,
  testDatabase,
  uniqueEmail,
  waitForMailTo,
} from '@pfdo/testing';
import { addBirthCertificate, CONFIRM, SUBMIT } from './citizen-flow.support';

afterAll(async () => {
  await setSmtp('up');
  await closeTestDatabase();
});

const RESEND = `mutation ($id: ID!) { resendConfirmationEmail(applicationId: $id) { status expiresAt } }`;

async function submitted(email: string) {
  const parent = await signIn('parent');
  const child = await arrangeChild();
  await addBirthCertificate(parent, child.id);
  const { submitApplication } = await parent.data<{ submitApplication: { id: string; number: string } }>(SUBMIT, {
    childId: child.id,
    email,
  });
  return { parent, application: submitApplication };
}

describe('the confirmation e-mail', () => {
  it('survives an SMTP outage: queued while the server is down, delivered once it is back, exactly once', async () => {
    await setSmtp('down');
    const email = uniqueEmail();
    try {
      await submitted(email);
      // The e-mail waits in the e-mail subgraph's outbox, failing to be sent and retried.
      const pending = await eventually(
        () =>
          testDatabase().query(
            `SELECT attempts, last_error, delivered_at FROM email.outbox WHERE topic = 'smtp.send' AND payload->>'to' = $1`,
            [email],
          ),
        (result) => result.rows[0]?.attempts >= 2,
      );
      expect(pending.rows[0].delivered_at).toBeNull();
      expect(pending.rows[0].last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(await mailTo(email)).toHaveLength(0);
    } finally {
      await setSmtp('up');
    }
    const [mail] = await waitForMailTo(email, 1, 20_000);
    expect(mail.subject).toBe('Заявка на сертификат ПДО. Подтверждение электронной почты');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await mailTo(email)).toHaveLength(1);

    // Once sent, the body with the one-time link is no longer kept.
    const sent = await testDatabase().query(
      `SELECT delivered_at, payload FROM email.outbox WHERE topic = 'smtp.send' AND payload->>'to' = $1`,
      [email],
    );
    expect(sent.rows[0].delivered_at).not.toBeNull();
    expect(Object.keys(sent.rows[0].payload).sort()).toEqual(['subject', 'to']);
  });

  it('stores only the hash of the link’s token', async () => {
    const email = uniqueEmail();
    const { application } = await submitted(email);
    const token = confirmationTokenOf((await waitForMailTo(email))[0]);
    const { rows } = await testDatabase().query(
      `SELECT token_hash FROM email.email_confirmations WHERE application_id = $1`,
      [application.id],
    );
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify((await testDatabase().query(`SELECT * FROM email.email_confirmations`)).rows);
    expect(dump).not.toContain(token);
  });

  it('says when a link is unknown or expired', async () => {
    const unknown = await anonymous().request(CONFIRM, { token: 'no-such-token-at-all-0123456789' });
    expect(unknown.errors?.[0].extensions?.code).toBe('CONFIRMATION_NOT_FOUND');

    const email = uniqueEmail();
    const { application } = await submitted(email);
    const token = confirmationTokenOf((await waitForMailTo(email))[0]);
    await testDatabase().query(
      `UPDATE email.email_confirmations SET expires_at = now() - interval '1 minute' WHERE application_id = $1`,
      [application.id],
    );
    const expired = await anonymous().request(CONFIRM, { token });
    expect(expired.errors?.[0]).toMatchObject({
      message: 'Срок действия ссылки истёк. Отправьте письмо ещё раз из личного кабинета',
      extensions: { code: 'CONFIRMATION_EXPIRED' },
    });
  });

  it('can be sent again, not too often, and the new link replaces the old one', async () => {
    const email = uniqueEmail();
    const { parent, application } = await submitted(email);
    const [first] = await waitForMailTo(email);

    const tooSoon = await parent.request(RESEND, { id: application.id });
    expect(tooSoon.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(tooSoon.errors?.[0].message).toMatch(/^Письмо уже отправлено\. Повторно его можно отправить через \d+ с$/);

    await new Promise((resolve) => setTimeout(resolve, 2100)); // the tests' resend interval is 2 s
    const resent = await parent.data<{ resendConfirmationEmail: { status: string } }>(RESEND, { id: application.id });
    expect(resent.resendConfirmationEmail.status).toBe('PENDING');
    const mails = await waitForMailTo(email, 2);

    const old = await anonymous().request(CONFIRM, { token: confirmationTokenOf(first) });
    expect(old.errors?.[0].extensions?.code).toBe('CONFIRMATION_SUPERSEDED');
    const latest = mails.find((mail) => mail.id !== first.id)!;
    const confirmed = await anonymous().data<{ confirmEmail: { applicationNumber: string } }>(CONFIRM, {
      token: confirmationTokenOf(latest),
    });
    expect(confirmed.confirmEmail.applicationNumber).toBe(application.number);

    const after = await parent.request(RESEND, { id: application.id });
    expect(after.errors?.[0].extensions?.code).toBe('EMAIL_ALREADY_CONFIRMED');
  });

  it('refuses an address that is not one', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    await addBirthCertificate(parent, child.id);
    for (const [email, message] of [
      ['', 'Укажите адрес электронной почты'],
      ['parent@', 'Адрес электронной почты указан неверно'],
      [`${'a'.repeat(250)}@example.ru`, 'Адрес электронной почты указан неверно'],
    ]) {
      const result = await parent.request(SUBMIT, { childId: child.id, email });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
    }
  });
});
