import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { signInToRegistry } from './support/registry';
import { expectAccessibleAtBothSizes } from './support/sections';

/**
 * «Темная тема», the «?» help and «НОКО» (issue 15 part D): the slider's choice follows the holder to another
 * device and is in the HTML from the first byte; before a choice the system's preference decides; both themes pass
 * axe. The help's three sections open from the «?», and the regional operator's new question shows there as text.
 * «НОКО» appears once the region switches it on, is answered once, and is gone again when switched off.
 */
const shared = shareAppAndBrowser();

const DARK_BACKGROUND = 'rgb(17, 21, 27)';
const LIGHT_BACKGROUND = 'rgb(243, 245, 248)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('«Темная тема»', () => {
  it('is remembered with the account, rendered on the server, and passes axe in both themes', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });

    const laptop = await shared.browser.newPage();
    await laptop.page.emulateMedia({ colorScheme: 'light' });
    await signInToNavigator(laptop.page, shared.app.webUrl, certificate.number, certificate.password);
    const slider = laptop.page.getByRole('switch', { name: 'Темная тема' });
    assert.equal(await slider.isChecked(), false);
    assert.equal(await background(laptop.page), LIGHT_BACKGROUND);
    await expectAccessibleAtBothSizes(laptop.page, 'the cabinet in the light theme');

    await slider.click();
    await laptop.page.locator('[data-theme="dark"]').waitFor();
    assert.equal(await slider.isChecked(), true);
    assert.equal(await background(laptop.page), DARK_BACKGROUND);
    await expectAccessibleAtBothSizes(laptop.page, 'the cabinet in the dark theme');
    await laptop.page.goto(`${shared.app.webUrl}/navigator/settings`);
    await expectAccessibleAtBothSizes(laptop.page, '«Настройки пользователя» in the dark theme');
    await screenshot(laptop.page, 'navigator-dark-theme');

    // The server's HTML carries the theme from the first byte: no flash of the light one.
    const html = await (await laptop.context.request.get(`${shared.app.webUrl}/navigator`)).text();
    assert.match(html, /data-theme="dark"/);

    // Another device, light by its system: the account's choice follows.
    const phone = await shared.browser.newPage({ width: 375, height: 812 });
    await phone.page.emulateMedia({ colorScheme: 'light' });
    await signInToNavigator(phone.page, shared.app.webUrl, certificate.number, certificate.password);
    await phone.page.locator('[data-theme="dark"]').waitFor();
    assert.equal(await background(phone.page), DARK_BACKGROUND);
    await phone.page.getByRole('switch', { name: 'Темная тема' }).click();
    await phone.page.locator('[data-theme="light"]').waitFor();
    assert.equal(await background(phone.page), LIGHT_BACKGROUND);
    await phone.context.close();
    await laptop.context.close();
  });

  it('before a choice, and before sign-in, follows the system’s preference', async () => {
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const { page, context } = await shared.browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${shared.app.webUrl}/navigator`);
    await page.locator('[data-theme="system"]').first().waitFor({ state: 'attached' });
    assert.equal(await background(page), DARK_BACKGROUND);
    await expectAccessibleAtBothSizes(page, 'the sign-in form in the system’s dark theme');
    await signInToNavigator(page, shared.app.webUrl, certificate.number, certificate.password);
    assert.equal(await page.getByRole('switch', { name: 'Темная тема' }).isChecked(), true);
    assert.equal(await background(page), DARK_BACKGROUND);
    await context.close();
  });
});

describe('the «?» help and «НОКО»', () => {
  it('opens the three sections; the regional operator’s new question shows there, as text', async () => {
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const holder = await shared.browser.newPage();
    await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
    await holder.page.getByRole('button', { name: 'Помощь' }).click();
    const dialog = holder.page.getByRole('dialog', { name: 'Помощь' });
    for (const section of ['Инструкции', 'Видеоуроки', 'Часто задаваемые вопросы']) {
      await dialog.getByRole('heading', { name: section }).waitFor();
    }
    const video = dialog.getByRole('link', { name: 'Смотреть видеоурок «Обзор личного кабинета сертификата»' });
    await dialog.getByText('Обзор личного кабинета сертификата', { exact: true }).click();
    assert.equal(await video.getAttribute('href'), 'https://pfdo.example.ru/video/obzor-kabineta.mp4');
    await expectAccessibleAtBothSizes(holder.page, 'the «?» help');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();

    const region = await shared.browser.newPage();
    await region.page.goto(`${shared.app.webUrl}/registry/help`);
    await signInToRegistry(region.page, 'region@demo.ru');
    await region.page.getByRole('heading', { name: 'Помощь навигатора', level: 1 }).waitFor();
    await region.page.getByRole('button', { name: 'Добавить материал' }).click();
    const form = region.page.getByRole('form', { name: 'Новый материал' });
    await form.getByLabel('Раздел').selectOption('FAQ');
    await form.getByLabel('Вопрос').fill('Где взять логин и пароль?');
    await form.getByLabel('Ответ').fill('В **выписке** сертификата.\n\n<b>не HTML</b>');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await region.page.getByRole('heading', { name: 'Где взять логин и пароль?' }).waitFor();
    await expectAccessibleAtBothSizes(region.page, '«Помощь навигатора» in the registry');

    await holder.page.reload();
    await holder.page.getByRole('button', { name: 'Помощь' }).click();
    await dialog.getByText('Где взять логин и пароль?', { exact: true }).click();
    await dialog.getByText('<b>не HTML</b>').waitFor();
    assert.equal(await dialog.locator('strong', { hasText: 'выписке' }).count(), 1);
    assert.equal(await dialog.locator('b').count(), 0);
    await dialog.getByRole('button', { name: 'Закрыть' }).click();

    // «НОКО»: absent until the region switches it on.
    const panel = holder.page.getByRole('navigation', { name: 'Кабинет сертификата' });
    assert.equal(await panel.getByRole('link', { name: 'НОКО' }).count(), 0);
    await region.page.goto(`${shared.app.webUrl}/registry/noko`);
    await region.page.getByRole('button', { name: 'Включить раздел «НОКО»' }).click();
    await region.page.getByText('Раздел «НОКО» включён в регионе.').waitFor();

    await holder.page.reload();
    await panel.getByRole('link', { name: 'НОКО' }).click();
    await holder.page.getByRole('heading', { name: /Опрос по оценке качества/ }).waitFor();
    await expectAccessibleAtBothSizes(holder.page, '«НОКО»');
    for (const [index, mark] of ['5', '4', '4', '3'].entries()) {
      await holder.page
        .getByRole('group', { name: new RegExp(`^${index + 1}\\.`) })
        .getByLabel(mark, { exact: true })
        .check();
    }
    await holder.page.getByRole('button', { name: 'Отправить ответы' }).click();
    await holder.page
      .getByRole('status')
      .getByText(/Спасибо! Вы прошли опрос/)
      .waitFor();

    await region.page.reload();
    await region.page.getByText('Ответили сертификатов: 1.').waitFor();
    await region.page.getByText(/Распределение ответов показывается, когда ответов не меньше 5/).waitFor();
    await expectAccessibleAtBothSizes(region.page, '«НОКО» in the registry');
    await region.page.getByRole('button', { name: 'Выключить раздел «НОКО»' }).click();
    await region.page.getByText('Раздел «НОКО» выключен в регионе.').waitFor();

    await holder.page.goto(`${shared.app.webUrl}/navigator`);
    await panel.waitFor();
    assert.equal(await panel.getByRole('link', { name: 'НОКО' }).count(), 0);
    await holder.page.goto(`${shared.app.webUrl}/navigator/noko`);
    await holder.page.getByText('Раздел «НОКО» в вашем регионе не используется').waitFor();
  });
});
