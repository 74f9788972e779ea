import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parentAppliesForSofia } from './citizen/parent-flow';
import { sofiaGetsCertificate } from './citizen/sofia-certificate';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll, signIn } from './support/cabinet';
import { type CaughtMail, rawHeadersOf } from './support/mail';
import { graphqlAs } from './support/registry';

/** One stack that restarts a service that exits: the test restarts the e-mail subgraph on purpose. */
const shared = shareAppAndBrowser({ restarts: true });

const SETTINGS = '{ notificationSettings { kind enabled } }';

async function allMail(mailUrl: string): Promise<CaughtMail[]> {
  const response = await fetch(`${mailUrl}/api/email`);
  assert.equal(response.status, 200);
  return (await response.json()) as CaughtMail[];
}

/** Waits until an e-mail with this subject has arrived, and returns every e-mail with it. */
async function waitForSubject(mailUrl: string, subject: string, timeoutMs = 60_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await allMail(mailUrl)).filter((mail) => mail.subject === subject);
    if (found.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail «${subject}» within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function until<T>(what: string, probe: () => T | undefined | null, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function disabledKinds(webUrl: string): Promise<string[]> {
  const gql = await graphqlAs(webUrl, 'parent');
  const { notificationSettings } = await gql(SETTINGS);
  return (notificationSettings as Array<{ kind: string; enabled: boolean }>)
    .filter((setting) => !setting.enabled)
    .map((setting) => setting.kind);
}

async function settingsPageAt(page: Page, webUrl: string, where: string) {
  await page.goto(`${webUrl}/cabinet/settings/notifications`);
  await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
  await signIn(page, 'parent');
  await page.getByRole('heading', { name: 'Настройка уведомлений', level: 1 }).waitFor();
  await page.getByLabel('Документы получены').waitFor();
  await expectAccessible(page, `the notification settings (${where})`);
  await expectNoSidewaysScroll(page, `the notification settings (${where})`);
}

describe('the applicant’s status e-mails', () => {
  it('documents received → activated: the parent gets both e-mails, each once, across a restart of the e-mail subgraph', async () => {
    const { app, browser } = shared;
    const submitted = await parentAppliesForSofia(app, browser);
    await sofiaGetsCertificate(browser, submitted);
    const { applicationNumber } = submitted;

    const organization = await graphqlAs(app.webUrl, 'org@demo.ru');
    const { applicationRegister } = await organization(
      'query ($n: String!) { applicationRegister(tab: ALL, search: { applicationNumber: $n }, first: 1) { applications { id } } }',
      { n: applicationNumber },
    );
    const applicationId = applicationRegister.applications[0].id as string;
    await organization('mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) { status } }', {
      id: applicationId,
    });
    const [received] = await waitForSubject(app.mailUrl, `Заявка № ${applicationNumber}: документы получены`);
    const parentAddress = received.to[0].address;
    assert.match(received.text, /получила подписанное заявление и документы/);

    // The e-mail subgraph goes down and comes back (the stack restarts it) while the certificate is activated.
    const emailPid = app.runningPidOf('email')!;
    process.kill(emailPid, 'SIGTERM');
    const withRights = await graphqlAs(app.webUrl, 'org-pd@demo.ru');
    await withRights('mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }', {
      id: applicationId,
    });
    await until('the e-mail subgraph restarted', () => {
      const pid = app.runningPidOf('email');
      return pid && pid !== emailPid ? pid : null;
    });
    const [activated] = await waitForSubject(app.mailUrl, `Заявка № ${applicationNumber}: сертификат активирован`);
    assert.match(activated.text, /Логин: \d{10}/);

    // Time for a repeated delivery to show, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const subjects = (await allMail(app.mailUrl))
      .filter((mail) => mail.to.some((recipient) => recipient.address === parentAddress))
      .map((mail) => mail.subject)
      .filter((subject) => subject.startsWith(`Заявка № ${applicationNumber}:`))
      .sort();
    assert.deepEqual(subjects, [
      `Заявка № ${applicationNumber}: документы получены`,
      `Заявка № ${applicationNumber}: сертификат активирован`,
    ]);

    // «Отписаться» from the first e-mail: opening the link changes nothing; the button does.
    const link = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(received.text)?.[0];
    assert.ok(link, 'the optional e-mail has an unsubscribe link');
    const desktop = await browser.newPage();
    await desktop.page.goto(link);
    await desktop.page.getByText('Вы больше не будете получать письма «Документы получены»').waitFor();
    await expectAccessible(desktop.page, 'the unsubscribe page (desktop)');
    await desktop.context.close();
    const phone = await browser.newPage({ width: 375, height: 800 });
    await phone.page.goto(link);
    await phone.page.getByRole('button', { name: 'Отписаться' }).waitFor();
    await expectAccessible(phone.page, 'the unsubscribe page (375 px)');
    await expectNoSidewaysScroll(phone.page, 'the unsubscribe page (375 px)');
    assert.deepEqual(await disabledKinds(app.webUrl), [], 'opening the link changed nothing');
    await screenshot(phone.page, 'status-mails-01-unsubscribe');
    await phone.page.getByRole('button', { name: 'Отписаться' }).click();
    await phone.page.getByText('Готово: письма «Документы получены» больше не придут.').waitFor();
    await expectAccessible(phone.page, 'the unsubscribe page, done (375 px)');
    assert.deepEqual(await disabledKinds(app.webUrl), ['DOCUMENTS_RECEIVED']);
    await phone.context.close();
  });

  it('«Настройка уведомлений» from the cabinet’s menu: GOV.UK checkboxes, saved, at 375 px and on a desktop', async () => {
    const { app, browser } = shared;
    const phone = await browser.newPage({ width: 375, height: 800 });
    await settingsPageAt(phone.page, app.webUrl, '375 px');
    // The unsubscribed kind is shown unticked; the mandatory ones are listed, not offered.
    assert.equal(await phone.page.getByLabel('Документы получены').isChecked(), false);
    assert.equal(await phone.page.getByLabel('Группа сертификата изменена').isChecked(), true);
    assert.equal(await phone.page.getByLabel('Сертификат активирован').count(), 0);
    await phone.page.getByRole('listitem').filter({ hasText: 'Сертификат активирован' }).waitFor();
    await phone.page.getByLabel('Документы получены').check();
    await phone.page.getByLabel('Группа сертификата изменена').uncheck();
    await phone.page.getByRole('button', { name: 'Сохранить' }).click();
    await phone.page.getByText('Настройки сохранены.').waitFor();
    await expectAccessible(phone.page, 'the notification settings, saved (375 px)');
    await screenshot(phone.page, 'status-mails-02-settings');
    assert.deepEqual(await disabledKinds(app.webUrl), ['GROUP_CHANGED']);
    await phone.context.close();

    const desktop = await browser.newPage();
    await desktop.page.goto(`${app.webUrl}/cabinet`);
    await desktop.page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
    await signIn(desktop.page, 'parent');
    await desktop.page
      .getByRole('navigation', { name: 'Личный кабинет' })
      .getByRole('link', { name: 'Настройки' })
      .click();
    await desktop.page.getByRole('heading', { name: 'Настройка уведомлений', level: 1 }).waitFor();
    assert.equal(await desktop.page.getByLabel('Группа сертификата изменена').isChecked(), false);
    await expectAccessible(desktop.page, 'the notification settings (desktop)');
    await desktop.context.close();
  });
  it('unsubscribes in one click from the mail program (RFC 8058): its GET changes nothing, its POST does', async () => {
    const { app } = shared;
    const mail = (await allMail(app.mailUrl)).find((candidate) => candidate.subject.endsWith(': документы получены'));
    assert.ok(mail, 'the optional e-mail of the first test is in the mail catcher');
    const headers = await rawHeadersOf(app.mailUrl, mail);
    assert.equal(headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    const url = /^<(https?:\/\/\S+\/unsubscribe\/one-click\?token=\S+)>$/.exec(headers['list-unsubscribe'])?.[1];
    assert.ok(url, `a one-click address in List-Unsubscribe: ${headers['list-unsubscribe']}`);
    const activated = (await allMail(app.mailUrl)).find((candidate) =>
      candidate.subject.endsWith(': сертификат активирован'),
    );
    assert.ok(activated, 'the mandatory e-mail of the first test is in the mail catcher');
    assert.equal(
      (await rawHeadersOf(app.mailUrl, activated))['list-unsubscribe'],
      undefined,
      'a mandatory e-mail offers no unsubscribe',
    );

    // A link scanner's GET is sent to the page that asks for confirmation; a POST without the RFC's body is refused.
    const opened = await fetch(url, { redirect: 'manual' });
    assert.equal(opened.status, 303);
    assert.match(opened.headers.get('location') ?? '', /\/unsubscribe\?token=/);
    const bare = await fetch(url, { method: 'POST' });
    assert.equal(bare.status, 400);
    assert.deepEqual(await disabledKinds(app.webUrl), ['GROUP_CHANGED'], 'neither changed anything');

    // The mail program's «Отписаться»: no cookie, no page, the RFC's body.
    const posted = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(posted.status, 200);
    assert.equal(await posted.text(), 'Вы отписались от писем «Документы получены»');
    assert.deepEqual((await disabledKinds(app.webUrl)).sort(), ['DOCUMENTS_RECEIVED', 'GROUP_CHANGED']);
  });
});
