import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pdfQrCodes } from '@pfdo/testing/pdf';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { field } from './support/cabinet';
import { uniqueEmail, waitForMailTo } from './support/mail';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { pdfText } from './support/pdf';
import { graphqlAs } from './support/registry';
import { expectAccessibleAtBothSizes } from './support/sections';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» of the certificate's cabinet (issue 15 part C): the legal representative and the
 * convenient address, the consent to the ПД rules and the programs nearby, «Электронная почта» → «Изменить» with
 * the link read from maildev, «Пароль» and signing in with the new one, «Справка о посещении кружков» read with
 * pdftotext, its QR code decoded and the public check opened; «Забыли пароль?» through the confirmed address; a new
 * «Выписка сертификата» and signing in with its password.
 */
const shared = shareAppAndBrowser();

const PROGRAM = 'Фигурное катание: начальная подготовка';
const NEW_PASSWORD = 'Снегирь2027';
const RESET_PASSWORD = 'Синица2028';

/** The page's own session asks the graph (the holder's enrollment request, as «Записаться» files it). */
async function asPage(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** The «Забыли пароль?» e-mail to the address (its confirmation e-mail came first). */
async function resetMailTo(email: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mails = await waitForMailTo(shared.app.mailUrl, email);
    const reset = mails.find((candidate) => candidate.subject === 'Личный кабинет сертификата. Восстановление доступа');
    if (reset || Date.now() > deadline) return reset;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('«Настройки пользователя» of the certificate cabinet', () => {
  it('keeps the representative, the address and the consent, changes the e-mail and the password, issues a verifiable справка', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const holder = await shared.browser.newPage();
    const page = holder.page;
    await signInToNavigator(page, shared.app.webUrl, certificate.number, certificate.password);
    await page
      .getByRole('navigation', { name: 'Кабинет сертификата' })
      .getByRole('link', { name: 'Настройки пользователя' })
      .click();
    await page.getByRole('heading', { name: 'Законный представитель и удобный адрес' }).waitFor();

    // The representative and the convenient address, a place of study of the catalogue.
    await page.getByLabel('ФИО законного представителя').fill('Петрова Анна Ивановна');
    await page.getByLabel('Телефон законного представителя').fill('+7 905 123-45-67');
    const place = page.getByLabel('Изменить удобный адрес');
    const firstPlace = await place.locator('option').nth(1).getAttribute('value');
    await place.selectOption(firstPlace!);
    await page.getByRole('button', { name: 'Сохранить' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Данные сохранены.' }).waitFor();
    assert.notEqual(await page.getByTestId('convenient-address').textContent(), 'не указан');

    // The consent, then the programs nearby, nearest first.
    await page.getByText('Навигатор предложит программы рядом с удобным адресом после согласия с правилами.').waitFor();
    await page.getByRole('button', { name: 'Подтвердить согласие' }).click();
    await page.getByRole('alert').filter({ hasText: 'Поставьте отметку о согласии с правилами' }).waitFor();
    await page.getByLabel('С правилами обработки персональных данных ознакомлен(а) и согласен(а)').check();
    await page.getByRole('button', { name: 'Подтвердить согласие' }).click();
    await page.getByTestId('consent-given').waitFor();
    const nearby = page.getByTestId('nearby-programs').locator('li');
    await nearby.first().waitFor();
    const distances = await nearby.evaluateAll((items) =>
      items.map((item) => {
        const match = /— ([\d,]+) (к?м)/.exec(item.textContent ?? '')!;
        return Number(match[1].replace(',', '.')) * (match[2] === 'км' ? 1000 : 1);
      }),
    );
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
      'nearest first',
    );
    await screenshot(page, 'navigator-settings-01-address');
    await expectAccessibleAtBothSizes(page, '«Настройки пользователя»');

    // «Электронная почта» → «Изменить»: the link from maildev, followed while signed in.
    const email = uniqueEmail('holder');
    await page.getByRole('button', { name: 'Изменить', exact: true }).click();
    await field(page, 'Новый адрес электронной почты').fill(email);
    await page.getByRole('button', { name: 'Отправить ссылку для подтверждения' }).click();
    await page.getByTestId('pending-email').waitFor();
    const [mail] = await waitForMailTo(shared.app.mailUrl, email);
    assert.equal(mail.subject, 'Личный кабинет сертификата. Подтверждение электронной почты');
    const link = /https?:\/\/\S+\/navigator\/settings\/confirm-email\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    await page.goto(link);
    await page.getByRole('button', { name: 'Подтвердить адрес' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Электронная почта ${email} подтверждена` })
      .waitFor();
    await expectAccessibleAtBothSizes(page, 'the e-mail confirmed');
    // The link works once.
    await page.goto(link);
    await page.getByRole('button', { name: 'Подтвердить адрес' }).click();
    await page.getByRole('alert').filter({ hasText: 'Эта ссылка уже использована' }).waitFor();
    await page.goto(`${shared.app.webUrl}/navigator/settings`);
    await page.getByTestId('holder-email').filter({ hasText: email }).waitFor();

    // «Пароль»: the current one and the new one twice.
    await field(page, 'Текущий пароль').fill(certificate.password);
    await field(page, 'Новый пароль').fill(NEW_PASSWORD);
    await field(page, 'Повторите новый пароль').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Изменить пароль' }).click();
    await page.getByRole('status').filter({ hasText: 'Пароль изменён.' }).waitFor();
    const again = await shared.browser.newPage();
    await signInToNavigator(again.page, shared.app.webUrl, certificate.number, NEW_PASSWORD);
    await again.context.close();

    // An enrollment confirmed by the provider, then «Справка о посещении кружков».
    const { catalogue } = await asPage(
      page,
      `query ($text: String!) { catalogue(first: 5, filter: { text: $text }) { programs { title groups { id name } } } }`,
      { text: PROGRAM },
    );
    const program = catalogue.programs.find((candidate: { title: string }) => candidate.title === PROGRAM);
    const { createEnrollmentRequest } = await asPage(
      page,
      `mutation ($g: ID!) { createEnrollmentRequest(groupId: $g) { id } }`,
      { g: program.groups[0].id },
    );
    const provider = await graphqlAs(shared.app.webUrl, 'provider@demo.ru');
    await provider(`mutation ($id: ID!) { confirmEnrollmentRequest(id: $id) { status } }`, {
      id: createEnrollmentRequest.id,
    });
    await page.reload();
    const folder = mkdtempSync(path.join(tmpdir(), 'attendance-e2e-'));
    let verifyUrl: string;
    try {
      await page.getByRole('button', { name: 'Справка о посещении кружков' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Скачать справку (PDF)' }).click(),
      ]);
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const text = pdfText(file);
      for (const expected of [
        'Справка о посещении кружков',
        `№ ${certificate.number}`,
        PROGRAM,
        program.groups[0].name,
      ]) {
        assert.ok(text.includes(expected), `the справка contains «${expected}»`);
      }
      const [scanned] = pdfQrCodes(readFileSync(file));
      assert.ok(scanned, 'the QR code reads');
      verifyUrl = scanned;
      assert.match(new URL(verifyUrl).pathname, /^\/verify\/[A-Za-z0-9_-]{43}$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await screenshot(page, 'navigator-settings-02-attendance');

    // The public check, by anyone who holds the paper.
    const visitor = await shared.browser.newPage();
    await visitor.page.goto(new URL(new URL(verifyUrl).pathname, shared.app.webUrl).toString());
    await visitor.page.getByTestId('verify-result').filter({ hasText: 'Справка подлинная' }).waitFor();
    await visitor.page.getByTestId('verify-enrollments').filter({ hasText: PROGRAM }).waitFor();
    assert.ok((await visitor.page.textContent('main'))!.includes(certificate.number));
    await screenshot(visitor.page, 'navigator-settings-03-verify');
    await expectAccessibleAtBothSizes(visitor.page, 'the справка’s public check');

    // «Забыли пароль?» on the sign-in page: the link goes to the confirmed address.
    await visitor.page.goto(`${shared.app.webUrl}/navigator`);
    await visitor.page.getByRole('link', { name: 'Забыли пароль?' }).click();
    await field(visitor.page, 'Логин (номер сертификата)').fill(certificate.number);
    await visitor.page.getByRole('button', { name: 'Отправить ссылку' }).click();
    await visitor.page.getByRole('status').filter({ hasText: 'Если для кабинета с этим логином' }).waitFor();
    await expectAccessibleAtBothSizes(visitor.page, '«Забыли пароль?»');
    const reset = await resetMailTo(email);
    const resetLink = /https?:\/\/\S+\/navigator\/reset-password\?token=[A-Za-z0-9_-]+/.exec(reset?.text ?? '')?.[0];
    assert.ok(resetLink, 'the reset e-mail has its link');
    await visitor.page.goto(resetLink);
    await field(visitor.page, 'Новый пароль').fill(RESET_PASSWORD);
    await field(visitor.page, 'Повторите новый пароль').fill(RESET_PASSWORD);
    await visitor.page.getByRole('button', { name: 'Сохранить пароль' }).click();
    await visitor.page.getByRole('status').filter({ hasText: 'Пароль изменён.' }).waitFor();
    await visitor.context.close();
    const restored = await shared.browser.newPage();
    await signInToNavigator(restored.page, shared.app.webUrl, certificate.number, RESET_PASSWORD);

    // «Пароль» → a new «Выписка сертификата» with a generated password; only it signs in afterwards.
    await restored.page.goto(`${shared.app.webUrl}/navigator/settings`);
    await field(restored.page, 'Текущий пароль для выписки').fill(RESET_PASSWORD);
    await restored.page.getByRole('button', { name: 'Сформировать новую выписку' }).click();
    // The answer, or the form's own error (the gateway answers within its subgraph deadline either way).
    const outcome = restored.page.getByTestId('new-extract-password').or(restored.page.locator('main .form-error'));
    await outcome.first().waitFor();
    assert.equal(
      await restored.page.locator('main .form-error').count(),
      0,
      (await restored.page.textContent('main')) ?? '',
    );
    const generated = (await restored.page.getByTestId('new-extract-password').textContent())!;
    const extractFolder = mkdtempSync(path.join(tmpdir(), 'extract-e2e-'));
    try {
      const [download] = await Promise.all([
        restored.page.waitForEvent('download'),
        restored.page.getByRole('link', { name: 'Скачать выписку (PDF)' }).click(),
      ]);
      const file = path.join(extractFolder, download.suggestedFilename());
      await download.saveAs(file);
      const text = pdfText(file);
      for (const expected of ['Выписка из реестра сертификатов', certificate.number, generated]) {
        assert.ok(text.includes(expected), `the extract contains «${expected}»`);
      }
    } finally {
      rmSync(extractFolder, { recursive: true, force: true });
    }
    await restored.context.close();
    const withExtract = await shared.browser.newPage();
    await signInToNavigator(withExtract.page, shared.app.webUrl, certificate.number, generated);
    await withExtract.context.close();
    await holder.context.close();
  });
});
