import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DemoMunicipality } from '@pfdo/platform';
import { pdfQrCodes } from '@pfdo/testing/pdf';
import { ARTIFACTS_DIR, screenshot, type TestBrowser } from '../support/browser';
import { expectAccessible, issueCertificateByKeyboard, NOVOKUZNETSK_GROUP, signIn } from '../support/cabinet';
import { pdfText } from '../support/pdf';
import { graphqlAs, signInToRegistry } from '../support/registry';
import { DATE_TIME, SOFIA, type SubmittedApplication } from './parent-flow';

const ACTIVATION_NOTICE =
  'После 12.08 для активации сертификата необходимо с заявлением обратиться в МАУ ДО «ДЮЦ «Орион»»';
const SUPPORT_PHONES = 'Телефон тех. поддержки: Мирит - 8(3842)45-25-48, 8(3842)45-21-90';

/**
 * The e-mail's link in a browser where the parent is not signed in: confirmed, «Войти», the application,
 * «Получить сертификат», the certificate panel and its PDF form.
 */
export async function sofiaGetsCertificate(browser: TestBrowser, submitted: SubmittedApplication): Promise<void> {
  const { page, context, applicationUrl, applicationNumber, link } = submitted;
  // The link, opened where the parent is not signed in: confirmed first, then «Войти», then the application.
  const fresh = await browser.newPage();
  await fresh.page.goto(link);
  await fresh.page.getByText(`Электронная почта подтверждена. Заявка № ${applicationNumber}.`).waitFor();
  await expectAccessible(fresh.page, 'the confirmation page');
  await screenshot(fresh.page, 'citizen-08-link-confirmed-sign-in');
  await signIn(fresh.page, 'parent');
  await fresh.page.getByText('Заявка на сертификат подтверждена. Теперь Вы можете получить сертификат.').waitFor();
  assert.equal(fresh.page.url(), applicationUrl);
  await fresh.page.getByRole('heading', { name: SOFIA, level: 1 }).waitFor();
  await expectAccessible(fresh.page, 'the confirmed application');
  await screenshot(fresh.page, 'citizen-09-confirmed');

  // The first tab sees the confirmation too once the parent comes back to it.
  await page.reload();
  await page.getByRole('link', { name: 'Получить сертификат' }).waitFor();
  await context.close();

  // What Новокузнецк's registry operator tells its parents after the certificate is issued (seed 004, step 11).
  const operator = await graphqlAs(new URL(fresh.page.url()).origin, 'operator@demo.ru');
  await operator(
    `mutation ($id: ID!, $notice: String!, $phones: String!) {
      setMunicipalCitizenNotice(municipalityId: $id, activationNotice: $notice, supportPhones: $phones) { id }
    }`,
    { id: DemoMunicipality.novokuznetsk, notice: ACTIVATION_NOTICE, phones: SUPPORT_PHONES },
  );
  await certificateForSofia(browser, fresh.page, applicationNumber);

  // The link is single-use: a second click says so, and still leads to the application.
  await fresh.page.goto(link);
  await fresh.page.getByText('Эта ссылка уже использована: электронная почта подтверждена ранее').waitFor();
  await fresh.page.getByRole('link', { name: 'Перейти к заявке' }).click();
  await fresh.page.getByRole('heading', { name: /^Сертификат: \d{10}$/ }).waitFor();
  assert.equal(fresh.page.url(), applicationUrl, 'the used link still leads to Софья’s application');
  await fresh.context.close();
}

async function certificateForSofia(browser: TestBrowser, page: Page, applicationNumber: string) {
  await page.getByRole('link', { name: 'Получить сертификат' }).click();
  await page.getByRole('heading', { name: 'Получение сертификата ПДО' }).waitFor();
  await expectAccessible(page, 'the certificate form');
  await screenshot(page, 'citizen-10-issue-form');
  await issueCertificateByKeyboard(page, NOVOKUZNETSK_GROUP);

  const title = page.getByRole('heading', { name: /^Сертификат: \d{10}$/ });
  await title.waitFor();
  const certificateNumber = ((await title.textContent()) ?? '').replace('Сертификат: ', '');
  const panel = (await page.locator('main').textContent()) ?? '';
  for (const fact of [
    'Муниципалитет: г. Новокузнецк',
    'Статус: Не активирован',
    `Группа сертификата: ${NOVOKUZNETSK_GROUP}`,
    'Документ: Свидетельство о рождении серия II-ЛО',
    'Список учреждений',
    'МАУ ДО «ДЮЦ «Орион»',
    'адрес: ул. Кутузова 5А, каб. 100',
    'Сохраните пароль, он показывается один раз',
  ]) {
    assert.ok(panel.includes(fact), `the certificate panel shows «${fact}»`);
  }
  assert.match(panel, new RegExp(`Дата создания: ${DATE_TIME.source}`));
  assert.equal(await page.getByTestId('activation-notice').textContent(), ACTIVATION_NOTICE);
  assert.equal(await page.getByTestId('support-phones').textContent(), SUPPORT_PHONES);
  assert.ok(panel.includes('Документ, подтверждающий регистрацию ребёнка по месту жительства'), 'seed 003 §14');
  assert.equal(await page.getByTestId('navigator-login').textContent(), certificateNumber);
  assert.ok(((await page.getByTestId('navigator-password').textContent()) ?? '').length >= 8);
  await expectAccessible(page, 'the certificate panel');
  await screenshot(page, 'citizen-11-certificate');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Скачать заявление' }).click(),
  ]);
  const file = path.join(ARTIFACTS_DIR, `citizen-zayavlenie-${applicationNumber}.pdf`);
  await download.saveAs(file);
  const text = pdfText(file);
  for (const expected of ['Иванова', 'Софья', 'Андреевна', applicationNumber, NOVOKUZNETSK_GROUP]) {
    assert.ok(text.includes(expected), `the application form contains «${expected}»`);
  }
  await receptionScansTheForm(browser, file, applicationNumber, new URL(page.url()).origin);
  await page.getByRole('button', { name: 'Обновить заявление' }).click();
  await page.getByText(/Заявление обновлено/).waitFor();

  // The password is shown once: not after a reload.
  await page.reload();
  await title.waitFor();
  assert.equal(await page.getByTestId('navigator-password').count(), 0);
}

/**
 * The reception organization scans the printed form's QR code (read off the rasterized page): the link is the
 * application's page in the registry cabinet, and opens it once `org-pd@demo.ru` signs in there.
 */
async function receptionScansTheForm(browser: TestBrowser, file: string, applicationNumber: string, webUrl: string) {
  const [scanned] = pdfQrCodes(readFileSync(file));
  assert.equal(scanned, `${webUrl}/registry/applications/${applicationNumber}`);
  const reception = await browser.newPage();
  await reception.page.goto(scanned);
  await signInToRegistry(reception.page, 'org-pd@demo.ru');
  await reception.page.getByRole('heading', { level: 1, name: `Заявка № ${applicationNumber}` }).waitFor();
  assert.equal(reception.page.url(), scanned);
  await reception.context.close();
}
