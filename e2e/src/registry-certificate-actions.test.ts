import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { describedErrorOf, expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import { uniqueEmail, waitForMailTo } from './support/mail';
import { pdfText } from './support/pdf';
import { createNewCertificateApplication, graphqlAs, signInToRegistry } from './support/registry';

/** The certificate actions' browser tests share one stack. */
const shared = shareAppAndBrowser();

/** A certificate of Новокузнецк, entered by its operator and activated: what a parent comes about. */
async function activatedCertificate(): Promise<{ id: string; number: string }> {
  const created = await createNewCertificateApplication(shared.app.webUrl, 'operator@demo.ru');
  const gql = await graphqlAs(shared.app.webUrl, 'operator@demo.ru');
  await gql(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, { id: created.id });
  const { certificateAtHand } = await gql(
    `query ($n: String!) { certificateAtHand(number: $n) { certificate { id } } }`,
    {
      n: created.certificateNumber,
    },
  );
  return { id: certificateAtHand.certificate.id as string, number: created.certificateNumber };
}

/** Signs in to the navigator (`/navigator`) with the certificate's number and `password`: whether it let him in. */
async function navigatorSignIn(page: Page, login: string, password: string): Promise<boolean> {
  await page.goto(`${shared.app.webUrl}/navigator`);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  const refused = page.getByText('Неверный логин или пароль');
  const signedIn = page.getByRole('button', { name: 'Выйти' });
  await refused.or(signedIn).first().waitFor();
  return (await signedIn.count()) > 0;
}

describe('the actions on a certificate at /registry/certificates/…', () => {
  it('freezes a certificate: the warning, a reason and the tick required, then «Заморожен»', async () => {
    const certificate = await activatedCertificate();
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/certificates/${certificate.number}/freeze`);
    await signInToRegistry(page, 'operator@demo.ru');
    await page.getByRole('heading', { name: `Заморозка сертификата ${certificate.number}`, level: 1 }).waitFor();
    assert.equal(await page.getByTestId('certificate-status').textContent(), 'Активирован');
    await page.getByText(/^Внимание! Иницируя заморозку сертификата убедитесь/).waitFor();
    await expectAccessible(page, 'the freeze page');

    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.error-summary').waitFor();
    assert.match(await describedErrorOf(page, 'Причина'), /Укажите причины заморозки сертификата/);
    assert.match(await page.title(), /^Ошибка: /);
    await expectAccessible(page, 'the freeze page with its errors');
    await screenshot(page, 'certificate-actions-01-freeze-errors');

    await field(page, 'Причина').fill('Смена региона проживания ребёнка (п. 4.2 Положения о ПДО)');
    await page.getByLabel('Подтверждаю основания для заморозки сертификата').check();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Сертификат заморожен.').waitFor();
    await page.getByTestId('certificate-status').filter({ hasText: 'Заморожен' }).waitFor();
    await expectAccessible(page, 'a frozen certificate');
    await screenshot(page, 'certificate-actions-02-frozen');

    // Once frozen, it cannot be frozen again, and the page says so.
    await page.reload();
    await page.getByText(/Это действие недоступно: статус сертификата «Заморожен»/).waitFor();
    await context.close();
  });

  it('gives a new extract whose PDF carries the new password, which opens the navigator while the old one fails', async () => {
    const certificate = await activatedCertificate();
    // The password the parent had: the previous extract's.
    const gql = await graphqlAs(shared.app.webUrl, 'operator@demo.ru');
    const { issueCertificateExtract: previous } = await gql(
      `mutation ($id: ID!) { issueCertificateExtract(certificateId: $id) { password } }`,
      { id: certificate.id },
    );
    const oldPassword = previous.password as string;

    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/certificates/${certificate.number}/extract`);
    await signInToRegistry(page, 'operator@demo.ru');
    await page
      .getByRole('heading', { name: `Сформировать новую выписку/изменить пароль ${certificate.number}`, level: 1 })
      .waitFor();
    await expectAccessible(page, 'the extract page');

    await field(page, 'Новый пароль').fill('Kuznetsk2026');
    await field(page, 'Повторите новый пароль').fill('Kuznetsk2025');
    await page.getByRole('button', { name: 'Сохраните новый пароль' }).click();
    assert.match(await describedErrorOf(page, 'Повторите новый пароль'), /Пароли не совпадают/);
    await expectAccessible(page, 'the extract page with its errors');

    await field(page, 'Повторите новый пароль').fill('Kuznetsk2026');
    await page.getByRole('button', { name: 'Сохраните новый пароль' }).click();
    await page.getByTestId('extract-password').waitFor();
    assert.equal(await page.getByTestId('extract-password').textContent(), 'Kuznetsk2026');
    assert.equal(await page.getByTestId('extract-login').textContent(), certificate.number);
    await expectAccessible(page, 'the new extract');
    await screenshot(page, 'certificate-actions-03-extract');

    const folder = mkdtempSync(path.join(tmpdir(), 'extract-e2e-'));
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Скачать выписку (PDF)' }).click(),
      ]);
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const text = pdfText(file);
      for (const expected of ['Выписка из реестра сертификатов', certificate.number, 'Kuznetsk2026', 'Новокузнецк']) {
        assert.ok(text.includes(expected), `the extract contains «${expected}»`);
      }
      assert.ok(!text.includes(oldPassword), 'the extract does not carry the old password');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await context.close();

    // The navigator: the new password opens the certificate's cabinet, the old one is refused.
    const holder = await shared.browser.newPage();
    assert.equal(await navigatorSignIn(holder.page, certificate.number, oldPassword), false, 'the old password fails');
    await holder.context.close();
    const again = await shared.browser.newPage();
    assert.equal(await navigatorSignIn(again.page, certificate.number, 'Kuznetsk2026'), true, 'the new one works');
    await again.context.close();
  });

  it('e-mails the new extract to the representative’s confirmed address when the operator ticks it', async () => {
    const certificate = await activatedCertificate();
    // The parent confirmed his e-mail in the application (as the citizen portal's link does).
    const email = uniqueEmail('extract');
    const db = new Client({ connectionString: shared.app.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `UPDATE certificates.applications SET applicant_email = $1, email_confirmed_at = now()
          WHERE certificate_id = $2`,
        [email, certificate.id],
      );
    } finally {
      await db.end();
    }
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/certificates/${certificate.number}/extract`);
    await signInToRegistry(page, 'operator@demo.ru');
    const masked = `${email[0]}********@example.ru`;
    const tick = page.getByLabel(`Отправить выписку на электронную почту представителя (${masked})`);
    await tick.check();
    await page.getByRole('button', { name: 'Сгенерировать новый пароль' }).click();
    await page.getByTestId('extract-emailed').waitFor();
    const notice = (await page.getByTestId('extract-emailed').textContent()) ?? '';
    assert.ok(notice.includes(masked), `the notice names ${masked}: ${notice}`);
    const password = (await page.getByTestId('extract-password').textContent()) ?? '';
    await expectAccessible(page, 'the new extract, e-mailed');
    await context.close();

    const mails = await waitForMailTo(shared.app.mailUrl, email);
    const mail = mails.find(
      (candidate) => candidate.subject === `Выписка из реестра сертификатов № ${certificate.number}`,
    );
    assert.ok(mail, 'the extract e-mail arrived');
    assert.ok(mail.text.includes(`Логин: ${certificate.number}`));
    assert.ok(!mail.text.includes(password), 'the password is only in the attached extract');
    assert.deepEqual(
      mail.attachments?.map((attachment) => attachment.filename),
      [`vypiska-${certificate.number}.pdf`],
    );
  });

  it('withdraws the consent, and shows each action page at 375 px without sideways scrolling', async () => {
    const certificate = await activatedCertificate();
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    await page.goto(`${shared.app.webUrl}/registry/certificates/${certificate.number}/freeze`);
    await signInToRegistry(page, 'operator@demo.ru');
    for (const [action, heading] of [
      ['freeze', 'Заморозка сертификата'],
      ['extract', 'Сформировать новую выписку/изменить пароль'],
      ['withdraw-consent', 'Отзыв согласия по сертификату'],
    ]) {
      await page.goto(`${shared.app.webUrl}/registry/certificates/${certificate.number}/${action}`);
      await page.getByRole('heading', { name: `${heading} ${certificate.number}`, level: 1 }).waitFor();
      await expectAccessible(page, `the ${action} page at 375 px`);
      await expectNoSidewaysScroll(page, `the ${action} page at 375 px`);
    }
    await screenshot(page, 'certificate-actions-04-withdraw-375');
    await page.getByRole('button', { name: 'Отозвать согласие' }).click();
    await page.getByText('Согласие отозвано. Это записано в историю сертификата.').waitFor();
    await page.getByTestId('certificate-status').filter({ hasText: 'Согласие отозвано' }).waitFor();
    await expectAccessible(page, 'a certificate whose consent is withdrawn, at 375 px');
    await context.close();
  });

  it('lets the regional operator send the certificates that never reached the navigator', async () => {
    const certificate = await activatedCertificate();
    for (const viewport of [undefined, { width: 375, height: 740 }]) {
      const { page, context } = await shared.browser.newPage(viewport);
      await page.goto(`${shared.app.webUrl}/registry`);
      await signInToRegistry(page, 'region@demo.ru');
      await page
        .getByRole('navigation', { name: 'Реестр сертификатов' })
        .getByRole('link', { name: 'Не отправленные в ПФДО сертификаты' })
        .click();
      await page.getByRole('heading', { name: 'Не отправленные в ПФДО сертификаты', level: 1 }).waitFor();
      const where = `the not-sent list${viewport ? ' at 375 px' : ''}`;
      await page.locator('table, p:has-text("Все сертификаты отправлены в ПФДО.")').first().waitFor();
      await expectAccessible(page, where);
      if (viewport) await expectNoSidewaysScroll(page, where);
      else {
        await screenshot(page, 'certificate-actions-05-not-sent');
        await page.getByRole('button', { name: 'Отправить все' }).click();
        await page.getByText(/^Отправлено в ПФДО: \d+/).waitFor({ timeout: 120_000 });
        await expectAccessible(page, `${where} after «Отправить все»`);
      }
      await context.close();
    }
    const gql = await graphqlAs(shared.app.webUrl, 'region@demo.ru');
    const before = String(BigInt(certificate.number) - 1n).padStart(10, '0');
    const { certificatesNotSentToNavigator } = await gql(
      `query ($after: String) { certificatesNotSentToNavigator(first: 1, after: $after) { certificates { certificate { number } } } }`,
      { after: before },
    );
    assert.notEqual(certificatesNotSentToNavigator.certificates[0]?.certificate.number, certificate.number);
  });
});
