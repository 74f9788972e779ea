import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { expectAccessibleAtBothSizes } from './support/sections';

/**
 * «Объединение кабинетов пользователя» (issue 15 part D): a parent of two children merges their certificates'
 * cabinets in «Настройки пользователя» with the other cabinet's password, switches back and forth by the arrow
 * next to the login without signing in again, and unlinks.
 */
const shared = shareAppAndBrowser();

/** The login the cabinet's panel shows: whose cabinet this is. */
const panelLogin = (page: Page) => page.getByRole('region', { name: 'Пользователь' }).locator('span').first();

async function switchTo(page: Page, login: string): Promise<void> {
  await page.getByRole('button', { name: 'Другие кабинеты' }).click();
  await page.getByRole('button', { name: `Перейти в кабинет ${login}` }).click();
  // The whole page loads afresh for the other cabinet: its address is reached once the server answers (not the
  // page's `load`, which waits for every image and font); whose cabinet it is, is then checked on screen.
  await page
    .waitForURL((url) => url.pathname === '/navigator', { waitUntil: 'commit' })
    .catch(async (error: unknown) => {
      await screenshot(page, 'navigator-merged-cabinets-switch-failed');
      throw new Error(`${String(error)}; on screen: ${await page.locator('main, [role=alert]').allTextContents()}`);
    });
  await page.getByRole('region', { name: 'Пользователь' }).getByText(login, { exact: true }).waitFor();
}

describe('merged cabinets', () => {
  it('merges two children’s cabinets, switches back and forth without signing in, and unlinks', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const older = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const younger = await handedOverCertificate(shared.app.webUrl, { activate: false });

    const { page } = await shared.browser.newPage();
    await signInToNavigator(page, shared.app.webUrl, older.number, older.password);
    await page.goto(`${shared.app.webUrl}/navigator/settings`);
    await page.getByRole('heading', { name: 'Объединение кабинетов пользователя' }).waitFor();

    const form = page.locator('#merged-cabinets');
    // Its own login is refused at the check, before any password is asked for.
    await form.getByLabel('Добавить быстрый доступ в другой личный кабинет').fill(older.number);
    await form.getByRole('button', { name: 'Проверить' }).click();
    await form.getByText('Это ваш собственный кабинет').waitFor();

    await form.getByLabel('Добавить быстрый доступ в другой личный кабинет').fill(younger.number);
    await form.getByRole('button', { name: 'Проверить' }).click();
    await form.getByLabel('Пароль от присоединяемого личного кабинета').fill('неверный-пароль');
    await form.getByRole('button', { name: 'Объединить' }).click();
    await form.getByText('Неверный логин или пароль').waitFor();
    await form.getByLabel('Пароль от присоединяемого личного кабинета').fill(younger.password);
    await form.getByRole('button', { name: 'Объединить' }).click();
    await form.getByRole('status').getByText(`Кабинет ${younger.number} объединён с вашим`).waitFor();
    await form.getByRole('button', { name: `Разъединить с кабинетом ${younger.number}` }).waitFor();
    await expectAccessibleAtBothSizes(page, '«Объединение кабинетов пользователя»');

    // The arrow next to the login: the younger child's cabinet, then back, with no sign-in form in between.
    await page.getByRole('button', { name: 'Другие кабинеты' }).click();
    await page.getByRole('button', { name: `Перейти в кабинет ${younger.number}` }).waitFor();
    await expectAccessibleAtBothSizes(page, 'the list of merged cabinets');
    await page.getByRole('button', { name: 'Другие кабинеты' }).click();
    await switchTo(page, younger.number);
    assert.equal(await panelLogin(page).textContent(), younger.number);
    await page.getByText('Сертификат не активирован', { exact: true }).waitFor();
    await screenshot(page, 'navigator-merged-cabinets-switched');
    await switchTo(page, older.number);
    assert.equal(await panelLogin(page).textContent(), older.number);
    await page.getByText('Сертификат активирован', { exact: true }).waitFor();
    await switchTo(page, younger.number);

    // Unlinked from the younger's side: the older is no longer in the list.
    await page.goto(`${shared.app.webUrl}/navigator/settings`);
    await form.getByRole('button', { name: `Разъединить с кабинетом ${older.number}` }).click();
    await form.getByRole('status').getByText(`Кабинет ${older.number} больше не объединён с вашим`).waitFor();
    await page.getByRole('button', { name: 'Другие кабинеты' }).click();
    await page.getByText('Нет объединённых кабинетов.').waitFor();
    assert.equal(await panelLogin(page).textContent(), younger.number);
  });
});
