import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import { signInToRegistry } from './support/registry';

/** The certificate register and the certificate page (issue 11, items 4 and 5), on the demo certificates. */
const shared = shareAppAndBrowser();

async function rowNumbers(page: Page): Promise<string[]> {
  const rows = page.getByTestId('certificate-row');
  await rows.first().waitFor();
  return rows.locator('td[data-label="Номер"]').allTextContents();
}

/** «Начать поиск» with the given fields, waiting for the register of that search. */
async function search(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
  const before = await page.locator('section[data-query]').getAttribute('data-query');
  await page.getByRole('button', { name: 'Начать поиск' }).click();
  await page.waitForFunction(
    (previous) => document.querySelector('section[data-query]')?.getAttribute('data-query') !== previous,
    before,
  );
}

describe('the certificate register at /registry/certificates', () => {
  it('lets operator@demo.ru find a certificate by number and open its page', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry`);
    await signInToRegistry(page, 'operator@demo.ru');
    await page
      .getByRole('navigation', { name: 'Реестр сертификатов' })
      .getByRole('link', { name: 'Сертификаты', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Сертификаты', level: 1 }).waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Сертификаты ПФ' }).getAttribute('aria-current'),
      'page',
      'the register opens on «Сертификаты ПФ»',
    );
    const funded = await rowNumbers(page);
    assert.ok(funded.includes('7305561290'), `the demo ПФ certificates are listed: ${funded.join(', ')}`);
    assert.ok(!funded.includes('9142207385'), 'Кемерово’s certificate is not Новокузнецк’s operator’s');
    for (const header of ['№', 'Номер', 'Фамилия', 'Имя', 'Отчество', 'Номинал сертификата', 'Резерв', 'Остаток']) {
      await page.getByRole('columnheader', { name: header, exact: true }).waitFor();
    }
    await expectAccessible(page, 'the certificate register');
    await screenshot(page, 'certificates-01-register');

    await search(page, { 'Номер сертификата': '7305561290' });
    assert.deepEqual(await rowNumbers(page), ['7305561290']);
    await page.getByRole('link', { name: 'Сертификат № 7305561290' }).click();
    await page.getByRole('heading', { name: 'Сертификат № 7305561290', level: 1 }).waitFor();
    assert.equal(await page.getByTestId('certificate-child').textContent(), 'Зернов Виктор Сергеевич');
    assert.equal(await page.getByTestId('certificate-status').textContent(), 'Активирован');
    assert.equal(await page.getByTestId('certificate-type').textContent(), 'Сертификат ПФ');
    await page.getByRole('heading', { name: 'История заявок' }).waitFor();
    await page.getByRole('link', { name: '51420403' }).waitFor();
    await page.getByText('Ничего не найдено.').waitFor();
    await expectAccessible(page, 'the certificate page');
    await screenshot(page, 'certificates-02-page');
    await context.close();
  });

  it('finds a certificate by surname on «Сертификаты учета» at 375 px and opens it', async () => {
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    await page.goto(`${shared.app.webUrl}/registry/certificates`);
    await signInToRegistry(page, 'operator@demo.ru');
    await page.getByRole('link', { name: 'Сертификаты учета' }).click();
    await page.waitForURL(/tab=ACCOUNTING/);
    await search(page, { Фамилия: 'морозова' });
    assert.deepEqual(await rowNumbers(page), ['2291840567']);
    await expectAccessible(page, 'the certificate register at 375 px');
    await expectNoSidewaysScroll(page, 'the certificate register at 375 px');

    // «Расширенный поиск» adds the name and patronymic.
    await page.getByRole('button', { name: 'Расширенный поиск' }).click();
    await search(page, { Имя: 'Дар', Отчество: 'олег' });
    assert.deepEqual(await rowNumbers(page), ['2291840567']);

    await page.getByRole('link', { name: 'Сертификат № 2291840567' }).click();
    await page.getByRole('heading', { name: 'Сертификат № 2291840567', level: 1 }).waitFor();
    assert.equal(await page.getByTestId('certificate-type').textContent(), 'Сертификат учета');
    await expectAccessible(page, 'the certificate page at 375 px');
    await expectNoSidewaysScroll(page, 'the certificate page at 375 px');
    await screenshot(page, 'certificates-03-page-phone');

    await page.goto(`${shared.app.webUrl}/registry/certificates?tab=FROZEN`);
    assert.ok((await rowNumbers(page)).includes('8814302759'), 'the frozen demo certificate is on its tab');
    await context.close();
  });

  it('shows region@demo.ru the certificates of every municipality', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/certificates`);
    await signInToRegistry(page, 'region@demo.ru');
    const numbers = await rowNumbers(page);
    assert.ok(numbers.includes('7305561290') && numbers.includes('9142207385'), numbers.join(', '));
    await page.getByRole('link', { name: 'Сертификат № 9142207385' }).click();
    await page.getByRole('heading', { name: 'Сертификат № 9142207385', level: 1 }).waitFor();
    await expectAccessible(page, 'the certificate page of the regional operator');
    await context.close();
  });
});
