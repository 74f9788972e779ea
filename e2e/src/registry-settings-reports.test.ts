import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { ARTIFACTS_DIR, screenshot } from './support/browser';
import {
  childCard,
  expectAccessible,
  expectNoSidewaysScroll,
  field,
  openAdditionalEducation,
  signIn,
} from './support/cabinet';
import { TINY_PNG } from './support/files';
import { createNewCertificateApplication, signInToRegistry } from './support/registry';

/** «Мои параметры», «Отчеты», «Справочники»: one stack, each test building on the one before. */
const shared = shareAppAndBrowser();

/** A small well-formed one-page PDF (packages/testing's tinyPdf), as a scan of the regulation stands in. */
const REGULATION_PDF = Buffer.from(
  'JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA2MTIgNzkyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA1NCA+PgpzdHJlYW0KQlQgL0YxIDE4IFRmIDcyIDcyMCBUZCAoUG9sb3poZW5pZSBOb3Zva3V6bmV0c2spIFRqIEVUCmVuZHN0cmVhbQplbmRvYmoKNSAwIG9iago8PCAvVHlwZSAvRm9udCAvU3VidHlwZSAvVHlwZTEgL0Jhc2VGb250IC9IZWx2ZXRpY2EgPj4KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwMzQ1IDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNDE1CiUlRU9GCg==',
  'base64',
);
const REGULATION_LINK = /Положение о персонифицированном дополнительном образовании/;
const NOT_PDF = 'Загрузите Положение в формате PDF: выбранный файл не является документом PDF';
const SOFIA = 'Иванова Софья Андреевна';

/** axe on desktop and at 375 px (a phone), with no sideways scrolling there; then back to desktop. */
async function expectAccessibleAtBothSizes(page: Page, where: string): Promise<void> {
  await expectAccessible(page, `${where} (desktop)`);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page, `${where} (375 px)`);
  await expectNoSidewaysScroll(page, `${where} (375 px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openFromHome(page: Page, link: string, heading: string): Promise<void> {
  await page.goto(`${shared.app.webUrl}/registry`);
  await page.locator('.actions').getByRole('link', { name: link }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

describe('«Мои параметры», «Отчеты» and «Справочники» at /registry', () => {
  it('lets operator@demo.ru edit his organization and upload the regulation, refusing a non-PDF', async () => {
    const { page, context } = await shared.browser.newPage({ width: 1280, height: 900 });
    await page.goto(`${shared.app.webUrl}/registry/settings`);
    await signInToRegistry(page, 'operator@demo.ru');
    await page.getByRole('heading', { name: 'Мои параметры', level: 1 }).waitFor();
    await openFromHome(page, 'Мои параметры', 'Мои параметры');
    assert.equal(
      await field(page, 'Наименование организации').inputValue(),
      'Комитет образования и науки администрации г. Новокузнецка',
    );
    await page.getByText('Положение ещё не загружено').waitFor();
    await expectAccessibleAtBothSizes(page, '«Мои параметры»');
    await screenshot(page, 'settings-01');

    // The organization: an empty name is refused with the summary, then a new room is kept.
    await field(page, 'Наименование организации').fill('');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.locator('.error-summary').getByText('Укажите наименование организации').waitFor();
    await field(page, 'Наименование организации').fill('Комитет образования и науки администрации г. Новокузнецка');
    await field(page, 'Кабинет').fill('каб. 214');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Сведения об организации сохранены.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Мои параметры', level: 1 }).waitFor();
    assert.equal(await field(page, 'Кабинет').inputValue(), 'каб. 214');

    // The regulation: a picture named .pdf is refused with the message, a PDF is taken.
    const file = field(page, 'Файл Положения');
    await file.setInputFiles({ name: 'polozhenie.pdf', mimeType: 'application/pdf', buffer: TINY_PNG });
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.locator('.error-summary').getByText(NOT_PDF).waitFor();
    await expectAccessible(page, 'the regulation refused');
    await screenshot(page, 'settings-02-not-pdf');
    await file.setInputFiles({ name: 'polozhenie.pdf', mimeType: 'application/pdf', buffer: REGULATION_PDF });
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Положение загружено.').waitFor();
    await page.getByRole('link', { name: REGULATION_LINK }).waitFor();
    const versions = page.getByRole('region', { name: 'Версии Положения' });
    await versions.getByText('Текущая').waitFor();
    assert.match((await versions.textContent()) ?? '', /Петрова Ольга Викторовна/);

    await field(page, 'Текст выдержки').fill('Сертификат замораживается по основаниям раздела 4 Положения.');
    await page.getByRole('button', { name: 'Сохранить выдержку' }).click();
    await page.getByText('Выдержка сохранена.').waitFor();
    // What parents read under an issued certificate (seed 004, step 11), kept across a reload.
    await field(page, 'Порядок активации').fill(
      'После 12.08 для активации сертификата обратитесь с заявлением в МАУ ДО «ДЮЦ «Орион»».',
    );
    await field(page, 'Телефон тех. поддержки').fill('Телефон тех. поддержки: 8 (3843) 74-85-62');
    await page.getByRole('button', { name: 'Сохранить сведения для родителей' }).click();
    await page.getByText('Сведения для родителей сохранены.').waitFor();
    await page.reload();
    assert.equal(await field(page, 'Телефон тех. поддержки').inputValue(), 'Телефон тех. поддержки: 8 (3843) 74-85-62');
    await expectAccessibleAtBothSizes(page, '«Мои параметры» with a regulation');
    await screenshot(page, 'settings-03-uploaded');
    await context.close();
  });

  it('shows parents the current regulation while they apply, and in the registry’s «Создать заявку»', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/cabinet`);
    await signIn(page, 'parent');
    await openAdditionalEducation(page);
    await childCard(page, SOFIA).getByRole('link', { name: 'Подать заявку на сертификат' }).click();
    const link = page.getByRole('link', { name: REGULATION_LINK });
    await link.waitFor();
    const href = await link.getAttribute('href');
    const pdf = await page.request.get(new URL(href!, shared.app.webUrl).toString());
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.deepEqual(Buffer.from(await pdf.body()), REGULATION_PDF);
    await expectAccessible(page, 'the application step with the regulation');
    await context.close();

    const org = await shared.browser.newPage();
    await org.page.goto(`${shared.app.webUrl}/registry/applications/new`);
    await signInToRegistry(org.page, 'org@demo.ru');
    await org.page.getByRole('heading', { name: 'Создать заявку', level: 1 }).waitFor();
    await org.page.getByRole('link', { name: REGULATION_LINK }).waitFor();
    await org.context.close();
  });

  it('shows a report as tables with bars and downloads it as CSV', async () => {
    // An application of today, so that the report has rows to count.
    await createNewCertificateApplication(shared.app.webUrl, 'org@demo.ru');
    const { page, context } = await shared.browser.newPage({ width: 1280, height: 900 });
    await page.goto(`${shared.app.webUrl}/registry/reports`);
    await signInToRegistry(page, 'operator@demo.ru');
    await openFromHome(page, 'Отчеты', 'Отчеты');
    for (const caption of [
      'Заявки по статусу и виду',
      'Сертификаты по статусу и группе',
      'Заявки по организациям приёма',
    ]) {
      await page.getByRole('region', { name: caption }).waitFor();
    }
    await field(page, 'С').fill('2020-01-01');
    await page.getByRole('button', { name: 'Сформировать' }).click();
    await page.waitForURL(/from=2020-01-01/);
    await page.getByText(/г\. Новокузнецк, с 01\.01\.2020/).waitFor();
    // The bars are drawn (an SVG's attributes: the pages' CSP refuses inline styles).
    const bar = page.getByRole('region', { name: 'Заявки по статусу и виду' }).locator('svg rect').first();
    assert.ok(Number(await bar.getAttribute('width')) > 0);
    await expectAccessibleAtBothSizes(page, '«Отчеты»');
    await screenshot(page, 'reports-01');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Скачать CSV' }).click(),
    ]);
    const saved = path.join(ARTIFACTS_DIR, 'otchet.csv');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], 'Отчёт реестра сертификатов;г. Новокузнецк');
    assert.match(lines[1], /^Период;01\.01\.2020 – \d{2}\.\d{2}\.\d{4}$/);
    for (const line of [
      'Заявки по статусу и виду',
      'Статус;Вид заявки;Количество',
      'Сертификаты по статусу и группе',
      'Организация;Количество',
    ]) {
      assert.ok(lines.includes(line), `the CSV has the line «${line}»`);
    }
    // The page's figures are the file's: the new application's row and the first table's total.
    const applications = page.getByRole('region', { name: 'Заявки по статусу и виду' });
    assert.match((await applications.textContent()) ?? '', /Заявка не подтверждена\s*Получить сертификат/);
    const total = (await applications.locator('tfoot td').textContent()) ?? '';
    assert.ok(Number(total) >= 1);
    assert.ok(lines.includes(`Итого;;${total}`), `the CSV's total is the page's (${total})`);
    assert.ok(lines.some((line) => /^Заявка не подтверждена;Получить сертификат;\d+$/.test(line)));
    assert.ok(lines.some((line) => /^МБОУ «Средняя общеобразовательная школа № 110»;\d+$/.test(line)));
    await context.close();
  });

  it('lets region@demo.ru report on the whole region, and lists the references', async () => {
    const { page, context } = await shared.browser.newPage({ width: 1280, height: 900 });
    await page.goto(`${shared.app.webUrl}/registry/reports`);
    await signInToRegistry(page, 'region@demo.ru');
    await page.getByRole('heading', { name: 'Отчеты', level: 1 }).waitFor();
    assert.equal(await field(page, 'Муниципалитет').locator('option:checked').textContent(), 'Весь регион');
    await page.getByText(/Весь регион, с/).waitFor();
    await expectAccessibleAtBothSizes(page, '«Отчеты» of the region');

    await openFromHome(page, 'Справочники', 'Справочники');
    await field(page, 'Муниципалитет').selectOption({ label: 'г. Новокузнецк' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.getByRole('heading', { name: 'Организации по приёму заявлений: г. Новокузнецк' }).waitFor();
    await page
      .getByRole('region', { name: 'Организации по приёму заявлений' })
      .getByText('МАУ ДО «ДЮЦ «Орион»')
      .waitFor();
    await page.getByRole('heading', { name: 'Группы сертификатов: г. Новокузнецк' }).waitFor();
    await page.getByText('Свидетельство о рождении').waitFor();
    await expectAccessibleAtBothSizes(page, '«Справочники»');
    await screenshot(page, 'references-01');
    await context.close();
  });
});
