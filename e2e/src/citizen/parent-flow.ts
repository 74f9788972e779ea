import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../support/app';
import { screenshot, type TestBrowser } from '../support/browser';
import {
  childCard,
  continueDocument,
  describedErrorOf,
  expectAccessible,
  field,
  fillDocument,
  openAdditionalEducation,
  signIn,
} from '../support/cabinet';
import { daysAgo, randomDocumentNumber, TINY_PNG } from '../support/files';
import { confirmationLinkOf, uniqueEmail, waitForMailTo } from '../support/mail';

export const SOFIA = 'Иванова Софья Андреевна';
export const DATE_TIME = /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}/;

export interface SubmittedApplication {
  page: Page;
  context: BrowserContext;
  applicationUrl: string;
  applicationNumber: string;
  link: string;
}

/**
 * The parent signs in and goes «Услуги» → «Дополнительное образование» → Софья → «Предоставить документ» →
 * «Отправить заявку»; returns the e-mail's link from the mail catcher.
 */
export async function parentAppliesForSofia(app: RunningApp, browser: TestBrowser): Promise<SubmittedApplication> {
  const { page, context } = await browser.newPage();
  await page.goto(`${app.webUrl}/cabinet`);
  await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
  await signIn(page, 'parent');
  for (const item of ['Услуги', 'Обо мне', 'Дети', 'Почта']) {
    await page.getByRole('navigation', { name: 'Личный кабинет' }).getByRole('link', { name: item }).waitFor();
  }
  await page.getByText('Иванова Марина Сергеевна', { exact: true }).waitFor();
  await expectAccessible(page, 'the cabinet home');
  await screenshot(page, 'citizen-01-home');

  await openAdditionalEducation(page);
  await childCard(page, SOFIA).getByText('Сертификата нет').waitFor();
  await expectAccessible(page, 'the children list');
  await screenshot(page, 'citizen-02-children');

  await childCard(page, SOFIA).getByRole('link', { name: 'Подать заявку на сертификат' }).click();
  await page
    .getByText('Для получения сертификата необходимо добавить свидетельство о рождении или паспорт в документы ребенка')
    .waitFor();
  assert.match(page.url(), /\/cabinet\/children\/[0-9a-f-]{36}\/application$/);
  const applicationUrl = page.url();
  // The browser's back button returns to the list, and forward again.
  await page.goBack();
  await page.getByRole('heading', { name: 'Дополнительное образование', level: 1 }).waitFor();
  await page.goForward();
  await page.getByRole('link', { name: 'Предоставить документ' }).waitFor();
  await expectAccessible(page, 'the document-needed step');
  await screenshot(page, 'citizen-03-document-needed');

  await page.getByRole('link', { name: 'Предоставить документ' }).click();
  await page.getByRole('heading', { name: 'Описание документа' }).waitFor();
  // One thing per page: the type first, the birth certificate proposed for a 9-year-old.
  assert.equal(await page.getByLabel('Свидетельство о рождении').isChecked(), true);
  await expectAccessible(page, 'the document form’s first step');
  const number = randomDocumentNumber();
  await fillDocument(page, {
    seriesLabel: 'Серия свидетельства о рождении',
    series: 'ЛО-2',
    number,
    issueDate: daysAgo(8 * 365),
    issuedBy: 'Отдел ЗАГС Центрального района г. Новокузнецка',
    file: { name: 'svidetelstvo.png', mimeType: 'image/png', buffer: TINY_PNG },
  });
  await page.getByText('Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF').waitFor();
  await field(page, 'Комментарий').fill('Скан с телефона');
  await expectAccessible(page, 'the document form');
  await screenshot(page, 'citizen-04-document-form');

  // The server refuses the series: its step comes back with the message, and what was typed stays.
  await page.getByRole('button', { name: 'Добавить' }).click();
  await page
    .getByText(/Серия свидетельства о рождении: римские цифры/)
    .first()
    .waitFor();
  assert.match(await describedErrorOf(page, 'Серия свидетельства о рождении'), /например I-ЛО/);
  assert.equal(await field(page, 'Номер').inputValue(), number);
  // The error summary takes the keyboard; its link leads to the field.
  const summary = page.locator('.error-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
  await summary.getByRole('link', { name: /Серия свидетельства о рождении: римские цифры/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'series');
  await screenshot(page, 'citizen-05-document-error');
  await field(page, 'Серия свидетельства о рождении').fill('II-ЛО');
  await continueDocument(page, 3);
  await continueDocument(page, 4);
  assert.equal(await field(page, 'Комментарий').inputValue(), 'Скан с телефона');
  await page.getByRole('button', { name: 'Добавить' }).click();

  await page.getByText('Для получения сертификата ПДО необходимо подтвердить электронную почту.').waitFor();
  assert.equal(page.url(), applicationUrl);
  await page.getByText(`Свидетельство о рождении серия II-ЛО № ${number}`).waitFor();
  const email = field(page, 'Электронная почта');
  await email.fill('marina@');
  await page.getByRole('button', { name: 'Отправить заявку' }).click();
  await page.getByText('Адрес электронной почты указан неверно').waitFor();
  assert.equal(await email.inputValue(), 'marina@');
  await expectAccessible(page, 'the e-mail step');
  await screenshot(page, 'citizen-06-email');
  const address = uniqueEmail('marina');
  // Keyboard only: type into the focused field and press Enter.
  await email.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');

  await page.getByText('Заявка на сертификат не подтверждена.').waitFor();
  const unconfirmed = await page.locator('.notice-warning').textContent();
  assert.match(unconfirmed ?? '', new RegExp(`Заявка была создана ${DATE_TIME.source}\\.`));
  assert.match(
    unconfirmed ?? '',
    new RegExp(`Электронная почта для подтверждения: ${address.replace(/[.+]/g, '\\$&')}`),
  );
  const applicationNumber = /Номер заявки: (\d{8})/.exec((await page.locator('main').textContent()) ?? '')?.[1];
  assert.ok(applicationNumber, 'the page names the application number');
  await page.getByRole('button', { name: 'Отправить письмо ещё раз' }).click();
  await page.getByText(/Повторно его можно отправить через \d+ с/).waitFor();
  await expectAccessible(page, 'the unconfirmed application');
  await screenshot(page, 'citizen-07-unconfirmed');

  const [mail] = await waitForMailTo(app.mailUrl, address);
  assert.equal(mail.subject, 'Заявка на сертификат ПДО. Подтверждение электронной почты');
  assert.match(mail.text, /Для подтверждения адреса электронной почты перейдите по ссылке/);
  const link = confirmationLinkOf(mail);
  assert.ok(link.startsWith(`${app.webUrl}/cabinet/confirm-email?token=`), link);
  return { page, context, applicationUrl, applicationNumber, link };
}
