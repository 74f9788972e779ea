import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  anonymous,
  closeTestDatabase,
  GatewayClient,
  mailTo,
  signIn,
  testDatabase,
  uniqueEmail,
  waitForMailTo,
} from '@pfdo/testing';
import { RESETS_PER_LOGIN_PER_HOUR } from '../../subgraphs/email/src/holder-settings/holder-link-limits';
import { arrangeHolder, arrangeMunicipality } from './enrollment.support';
import { arrangeRegistryChild, codeOf } from './protection.support';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» of a certificate's cabinet, its account (issue 15 part C): «Пароль» (current + new
 * twice), «Электронная почта» → «Изменить» with a one-time link followed while signed in, and «Забыли пароль?»
 * through the confirmed address.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!, $repeat: String!) {
  changeHolderPassword(currentPassword: $current, newPassword: $next, newPasswordRepeat: $repeat) }`;
const MY_EMAIL = `{ myHolderEmail { email confirmedAt pendingEmail } }`;
const REQUEST_EMAIL = `mutation ($email: String!) { requestHolderEmailChange(email: $email) { email pendingEmail } }`;
const CONFIRM_EMAIL = `mutation ($token: String!) { confirmHolderEmail(token: $token) { email confirmedAt pendingEmail } }`;
const REQUEST_RESET = `mutation ($login: String!) { requestHolderPasswordReset(login: $login) }`;
const RESET = `mutation ($token: String!, $next: String!, $repeat: String!) {
  resetHolderPassword(token: $token, newPassword: $next, newPasswordRepeat: $repeat) }`;

const MY_EXTRACT = `mutation ($current: String!) {
  issueMyCertificateExtract(currentPassword: $current) { login password fileName pdfBase64 } }`;

const pdfText = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'pfdo-extract-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'x.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const linkToken = (text: string, path: string) => {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
};

/** A client from an address of the test's own, so that the per-address limit of «Забыли пароль?» is its own. */
const fromOwnAddress = () => anonymous({ forwardedFor: `10.15.${randomInt(255)}.${randomInt(1, 255)}` });

async function holder() {
  return arrangeHolder(await arrangeMunicipality({ nominal: 1_000_000 }));
}

async function confirmedEmail(client: GatewayClient) {
  const email = uniqueEmail('holder');
  await client.data(REQUEST_EMAIL, { email });
  const [mail] = await waitForMailTo(email);
  await client.data(CONFIRM_EMAIL, { token: linkToken(mail.text, '/navigator/settings/confirm-email') });
  return email;
}

describe('«Пароль» of the certificate cabinet', () => {
  it('needs the current password and the new one twice by the house rules; then only the new one signs in', async () => {
    const { number, client } = await holder();
    const wrong = await client.request(CHANGE_PASSWORD, {
      current: 'nope-2026',
      next: 'Зима2027x',
      repeat: 'Зима2027x',
    });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0].extensions?.fields).toEqual({ currentPassword: 'Неверный текущий пароль' });
    const weak = await client.request(CHANGE_PASSWORD, { current: 'demo2026', next: 'abc', repeat: 'abc' });
    expect(codeOf(weak)).toBe('WEAK_PASSWORD');
    const withLogin = await client.request(CHANGE_PASSWORD, {
      current: 'demo2026',
      next: `a${number}`,
      repeat: `a${number}`,
    });
    expect(codeOf(withLogin)).toBe('WEAK_PASSWORD');
    const mismatch = await client.request(CHANGE_PASSWORD, {
      current: 'demo2026',
      next: 'Зима2027x',
      repeat: 'Зима2027y',
    });
    expect(codeOf(mismatch)).toBe('PASSWORDS_DO_NOT_MATCH');

    const other = await signIn(number);
    expect(
      (
        await client.data<{ changeHolderPassword: boolean }>(CHANGE_PASSWORD, {
          current: 'demo2026',
          next: 'Зима2027x',
          repeat: 'Зима2027x',
        })
      ).changeHolderPassword,
    ).toBe(true);
    // This session stays; the other one has ended.
    expect((await client.data<{ me: { login: string } }>(`{ me { login } }`)).me.login).toBe(number);
    expect((await other.data<{ me: unknown }>(`{ me { login } }`)).me).toBeNull();
    await expect(signIn(number)).rejects.toThrow();
    expect(
      (await (await signIn(number, 'Зима2027x')).data<{ me: { login: string } }>(`{ me { login } }`)).me.login,
    ).toBe(number);
  });
});

describe('a new «Выписка сертификата» by the holder', () => {
  it('needs the current password, renders the registry’s extract with a generated one, and ends the cabinet’s sessions', async () => {
    const owner = await holder();
    await arrangeRegistryChild(owner, { surname: 'Орлова', name: 'Вера', patronymic: 'Павловна' });
    const wrong = await owner.client.request(MY_EXTRACT, { current: 'nope-2026' });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0].extensions?.fields).toEqual({ currentPassword: 'Неверный текущий пароль' });

    const { issueMyCertificateExtract: extract } = await owner.client.data<{
      issueMyCertificateExtract: { login: string; password: string; fileName: string; pdfBase64: string };
    }>(MY_EXTRACT, { current: 'demo2026' });
    expect(extract.login).toBe(owner.number);
    expect(extract.fileName).toBe(`vypiska-${owner.number}.pdf`);
    const text = pdfText(Buffer.from(extract.pdfBase64, 'base64'));
    expect(text).toContain('Выписка из реестра сертификатов');
    expect(text).toContain(owner.number);
    expect(text).toContain(extract.password);
    // Every session of the cabinet ended, this one too: only the extract's password signs in now.
    expect((await owner.client.data<{ me: unknown }>(`{ me { login } }`)).me).toBeNull();
    await expect(signIn(owner.number)).rejects.toThrow();
    const again = await signIn(owner.number, extract.password);
    expect((await again.data<{ me: { login: string } }>(`{ me { login } }`)).me.login).toBe(owner.number);
    const audit = await testDatabase().query(
      `SELECT action, after->>'password' AS password FROM certificates.audit_events WHERE subject_id = $1`,
      [owner.id],
    );
    expect(audit.rows).toEqual([{ action: 'EXTRACT_ISSUED', password: 'generated' }]);
  });
});

describe('«Электронная почта» → «Изменить»', () => {
  it('sends a one-time link that only this cabinet, signed in, can follow, once, before it expires', async () => {
    const first = await holder();
    const stranger = await holder();
    expect((await first.client.data<{ myHolderEmail: unknown }>(MY_EMAIL)).myHolderEmail).toEqual({
      email: null,
      confirmedAt: null,
      pendingEmail: null,
    });
    const bad = await first.client.request(REQUEST_EMAIL, { email: 'не адрес' });
    expect(bad.errors?.[0].extensions?.fields).toEqual({ email: 'Адрес электронной почты указан неверно' });

    const email = uniqueEmail('holder');
    const requested = await first.client.data<{ requestHolderEmailChange: unknown }>(REQUEST_EMAIL, { email });
    expect(requested.requestHolderEmailChange).toEqual({ email: null, pendingEmail: email });
    const [mail] = await waitForMailTo(email);
    expect(mail.subject).toBe('Личный кабинет сертификата. Подтверждение электронной почты');
    expect(mail.text).toContain('Для подтверждения адреса электронной почты перейдите по ссылке');
    const token = linkToken(mail.text, '/navigator/settings/confirm-email');

    // Followed without signing in: the gateway refuses; by another cabinet: not its link.
    expect(codeOf(await anonymous().request(CONFIRM_EMAIL, { token }))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    const foreign = await stranger.client.request(CONFIRM_EMAIL, { token });
    expect(codeOf(foreign)).toBe('CONFIRMATION_NOT_FOUND');

    const confirmed = await first.client.data<{ confirmHolderEmail: Record<string, unknown> }>(CONFIRM_EMAIL, {
      token,
    });
    expect(confirmed.confirmHolderEmail).toMatchObject({ email, confirmedAt: expect.any(String), pendingEmail: null });
    expect(codeOf(await first.client.request(CONFIRM_EMAIL, { token }))).toBe('CONFIRMATION_ALREADY_USED');

    // A newer request supersedes the pending link; an expired one is refused.
    const next = uniqueEmail('holder');
    await first.client.data(REQUEST_EMAIL, { email: next });
    const [older] = await waitForMailTo(next);
    await first.client.data(REQUEST_EMAIL, { email: next });
    const mails = await waitForMailTo(next, 2);
    const newer = mails.find((candidate) => candidate.id !== older.id)!;
    expect(
      codeOf(
        await first.client.request(CONFIRM_EMAIL, {
          token: linkToken(older.text, '/navigator/settings/confirm-email'),
        }),
      ),
    ).toBe('CONFIRMATION_SUPERSEDED');
    await testDatabase().query(
      `UPDATE email.holder_links SET expires_at = now() - interval '1 minute' WHERE certificate_id = $1 AND status = 'PENDING'`,
      [first.id],
    );
    expect(
      codeOf(
        await first.client.request(CONFIRM_EMAIL, {
          token: linkToken(newer.text, '/navigator/settings/confirm-email'),
        }),
      ),
    ).toBe('CONFIRMATION_EXPIRED');
    expect((await first.client.data<{ myHolderEmail: { email: string } }>(MY_EMAIL)).myHolderEmail.email).toBe(email);

    const audit = await testDatabase().query(
      `SELECT action, after->>'email' AS email FROM email.audit_events WHERE subject_id = $1 ORDER BY id`,
      [first.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'HOLDER_EMAIL_CHANGE_REQUESTED',
      'HOLDER_EMAIL_CONFIRMED',
      'HOLDER_EMAIL_CHANGE_REQUESTED',
      'HOLDER_EMAIL_CHANGE_REQUESTED',
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain(email);
  });
});

describe('«Забыли пароль?»', () => {
  it('answers alike for every login, mails a one-time link only to a confirmed address, and sets a new password', async () => {
    const { number, client } = await holder();
    const email = await confirmedEmail(client);
    const visitor = fromOwnAddress();
    const unknownLogin = String(randomInt(1e9, 1e10 - 1));
    const withoutEmail = await holder();
    for (const login of [unknownLogin, withoutEmail.number, number]) {
      expect(await visitor.data<{ requestHolderPasswordReset: boolean }>(REQUEST_RESET, { login })).toEqual({
        requestHolderPasswordReset: true,
      });
    }
    const [mail] = await waitForMailTo(email, 2).then((all) =>
      all.filter((one) => one.subject.includes('Восстановление')),
    );
    expect(mail.text).toContain(`Для личного кабинета сертификата № ${number} запрошено восстановление доступа`);
    const token = linkToken(mail.text, '/navigator/reset-password');

    const weak = await visitor.request(RESET, { token, next: 'abc', repeat: 'abc' });
    expect(codeOf(weak)).toBe('WEAK_PASSWORD');
    expect(weak.errors?.[0].extensions?.fields).toMatchObject({ newPassword: expect.any(String) });
    // A refused password leaves the link usable.
    expect(await visitor.data(RESET, { token, next: 'Весна2027z', repeat: 'Весна2027z' })).toEqual({
      resetHolderPassword: true,
    });
    expect(codeOf(await visitor.request(RESET, { token, next: 'Лето2027z', repeat: 'Лето2027z' }))).toBe(
      'CONFIRMATION_ALREADY_USED',
    );
    // Every session of the cabinet ended; only the new password signs in.
    expect((await client.data<{ me: unknown }>(`{ me { login } }`)).me).toBeNull();
    await expect(signIn(number)).rejects.toThrow();
    expect(
      (await (await signIn(number, 'Весна2027z')).data<{ me: { login: string } }>(`{ me { login } }`)).me.login,
    ).toBe(number);
    const audit = await testDatabase().query(
      `SELECT action, actor_service FROM organizations.audit_events WHERE subject_id = $1 ORDER BY id`,
      [(await testDatabase().query(`SELECT id FROM organizations.users WHERE login = $1`, [number])).rows[0].id],
    );
    expect(audit.rows).toEqual([{ action: 'HOLDER_PASSWORD_RESET', actor_service: 'email' }]);
    expect(await mailTo(`nobody-${unknownLogin}@example.ru`)).toEqual([]);
  });

  it('is limited per login with rate-limiter-flexible, whether or not the cabinet exists', async () => {
    const visitor = fromOwnAddress();
    const login = String(randomInt(1e9, 1e10 - 1));
    for (let index = 0; index < RESETS_PER_LOGIN_PER_HOUR; index += 1) {
      await visitor.data(REQUEST_RESET, { login });
    }
    const limited = await fromOwnAddress().request(REQUEST_RESET, { login });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].message).toMatch(
      /^Восстановление доступа запрашивалось слишком часто\. Повторите через/,
    );
  });
});

describe('who may change the cabinet’s account', () => {
  const logins = ['provider@demo.ru', 'operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'parent'];
  const mutations: Array<[string, string, Record<string, unknown>]> = [
    ['changeHolderPassword', CHANGE_PASSWORD, { current: 'demo2026', next: 'Зима2027x', repeat: 'Зима2027x' }],
    ['requestHolderEmailChange', REQUEST_EMAIL, { email: 'someone@example.ru' }],
    ['confirmHolderEmail', CONFIRM_EMAIL, { token: 'A'.repeat(43) }],
    ['issueMyCertificateExtract', MY_EXTRACT, { current: 'demo2026' }],
  ];

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
