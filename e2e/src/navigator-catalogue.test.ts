import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DemoMunicipality, hashPassword } from '@pfdo/platform';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll, sessionCookie } from './support/cabinet';

/**
 * «НАВИГАТОР», the public catalogue (issue 12, part A), as a visitor who is not signed in: typing part of a
 * program's name, «Расширенный поиск» by registry, the map's markers (the machine has no internet: the tiles
 * do not load, the markers do), the program page and the organization page; axe at 375 px and desktop.
 */
const shared = shareAppAndBrowser();

const cards = (page: Page) => page.getByTestId('program-card');

async function titles(page: Page): Promise<string[]> {
  return (await cards(page).getByRole('link').allTextContents()).map((text) => text.trim());
}

describe('the navigator catalogue at /navigator/programs', () => {
  for (const width of [1280, 375]) {
    it(`lets a visitor search, filter, open the map, a program and its organization (${width} px)`, async () => {
      const { page, context } = await shared.browser.newPage({ width, height: width === 375 ? 740 : 900 });
      try {
        await page.goto(`${shared.app.webUrl}/navigator/programs`);
        await page.getByRole('heading', { name: 'Навигатор', level: 1 }).waitFor();
        await cards(page).first().waitFor();
        await expectAccessible(page, `the catalogue at ${width} px`);
        await expectNoSidewaysScroll(page, `the catalogue at ${width} px`);
        // The legend names every registry's icon.
        for (const name of [
          'Реестр сертифицированных программ',
          'Реестр значимых программ',
          'Реестр платных программ',
          'Реестр общеразвивающих программ',
        ])
          await page.getByRole('img', { name }).first().waitFor();

        // Typing part of a name: the results follow, without a page reload.
        await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
        await page.getByLabel('Название программы или организации').pressSequentially('робот', { delay: 40 });
        await page.waitForURL(/q=%D1%80%D0%BE%D0%B1%D0%BE%D1%82/);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="program-card"]').length === 1);
        assert.deepEqual(await titles(page), ['Робототехника: первые шаги']);
        assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'no reload');
        await screenshot(page, `navigator-catalogue-${width}-01-typed`);

        // «Расширенный поиск»: the registry of significant programs.
        await page.getByLabel('Название программы или организации').fill('');
        await page.getByText('Расширенный поиск').click();
        await page.getByLabel('Реестр', { exact: true }).selectOption({ label: 'Реестр значимых программ' });
        await page.waitForURL(/registry=SIGNIFICANT/);
        await page.waitForFunction(() => !document.location.search.includes('q='));
        await page.waitForFunction(
          () =>
            Array.from(document.querySelectorAll('[data-testid="program-card"] a')).map((a) => a.textContent).length ===
            3,
        );
        assert.deepEqual((await titles(page)).sort(), [
          'Основы графического дизайна',
          'Промышленный дизайн',
          'Хоккей для начинающих',
        ]);
        for (const card of await cards(page).all())
          await card.getByRole('img', { name: 'Реестр значимых программ' }).waitFor();
        await expectAccessible(page, `the catalogue with «Расширенный поиск» open at ${width} px`);

        // The map: a marker for each organization and each place of study, named.
        // Leaflet (which sets window.L) is loaded only once the map is opened.
        const leafletLoaded = () => page.evaluate(() => 'L' in window);
        assert.equal(await leafletLoaded(), false, 'Leaflet is not loaded before the map is opened');
        await page.getByRole('button', { name: 'Открыть карту' }).click();
        const map = page.getByTestId('catalogue-map');
        await map.locator('.leaflet-marker-icon').first().waitFor();
        const markers = await map
          .locator('.leaflet-marker-icon')
          .evaluateAll((icons) => icons.map((icon) => icon.getAttribute('title') ?? ''));
        assert.equal(await leafletLoaded(), true);
        assert.equal(markers.length, 11, `4 organizations and 7 places of study: ${markers.join(' | ')}`);
        assert.ok(markers.includes('МБУ ДО «Спортивная школа «Кузнецкий лёд», Новокузнецк, пр. Металлургов, 20'));
        assert.ok(
          markers.includes('Детский технопарк «Кванториум-42»: Мобильный кванториум, Кемерово, пр. Ленина, 90'),
        );
        await expectAccessible(page, `the map at ${width} px`);
        await expectNoSidewaysScroll(page, `the map at ${width} px`);
        await screenshot(page, `navigator-catalogue-${width}-02-map`);

        // The program page: content, groups, places, price, provider.
        await cards(page).getByRole('link', { name: 'Промышленный дизайн' }).click();
        await page.getByRole('heading', { name: 'Промышленный дизайн', level: 1 }).waitFor();
        await page.getByText('Свободных мест: 0 из 10').waitFor();
        await page.getByText('Пн, Чт 17:00–19:00').waitFor();
        // A visitor is asked to sign in to enroll (issue 12 part C): no form for him.
        await page.getByText('Чтобы записаться, войдите в личный кабинет сертификата.').waitFor();
        assert.equal(await page.getByRole('button', { name: 'Записаться' }).count(), 0);
        await expectAccessible(page, `the program page at ${width} px`);
        await expectNoSidewaysScroll(page, `the program page at ${width} px`);
        await screenshot(page, `navigator-catalogue-${width}-03-program`);

        // Its organization's page.
        await page.getByRole('link', { name: 'Детский технопарк «Кванториум-42»' }).click();
        await page.getByRole('heading', { name: 'Детский технопарк «Кванториум-42»', level: 1 }).waitFor();
        await page.getByRole('link', { name: 'Программирование на Python' }).waitFor();
        await page.getByText('Кемерово, пр. Ленина, 90').first().waitFor();
        await expectAccessible(page, `the organization page at ${width} px`);
        await expectNoSidewaysScroll(page, `the organization page at ${width} px`);
      } finally {
        await context.close();
      }
    });
  }

  it('searches organizations with the municipality filter, without JavaScript too', async () => {
    const { page, context } = await shared.browser.newPage();
    try {
      await page.goto(`${shared.app.webUrl}/navigator/organizations`);
      await page.getByRole('heading', { name: 'Организации', level: 1 }).waitFor();
      await page.getByText('Расширенный поиск').click();
      await page.getByLabel('Муниципалитет').selectOption({ label: 'г. Кемерово' });
      await page.getByRole('button', { name: 'Найти' }).click();
      await page.waitForURL(/municipality=/);
      const names = (await page.getByTestId('organization-results').getByRole('link').allTextContents()).sort();
      assert.deepEqual(names, ['Детский технопарк «Кванториум-42»', 'МБУ ДО «Детская художественная школа № 1»']);
      await expectAccessible(page, 'the organization search');
    } finally {
      await context.close();
    }

    // The server renders the results of ?q= by itself: the page works with JavaScript off.
    const noScript = await shared.browser.browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
    try {
      const page = await noScript.newPage();
      await page.goto(`${shared.app.webUrl}/navigator/programs?q=${encodeURIComponent('шахмат')}`);
      assert.deepEqual(await titles(page), ['Шахматы: от новичка до разрядника']);
      await page.getByText('МАУ ДО «Дворец детского творчества им. Н. К. Крупской»').first().waitFor();
    } finally {
      await noScript.close();
    }
  });
  it('offers a certificate holder «Исключить…», which leaves out what his certificate cannot be enrolled on', async () => {
    // A holder whose certificate reached the navigator, activated, in a group of 14–18 year-olds with budget places.
    const number = String(Math.floor(Math.random() * 9e9) + 1e9);
    const group = `Каталог e2e ${randomUUID()}`;
    const db = new Client({ connectionString: shared.app.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
         VALUES ($1, $2, $3, 'Держатель сертификата', 'CERTIFICATE_HOLDER', $4)`,
        [randomUUID(), number, await hashPassword('demo2026'), DemoMunicipality.novokuznetsk],
      );
      await db.query(
        `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
           significant_programs, general_programs, municipality_limit_kopecks)
         VALUES ($1, $2, $3, 3000000, 14, 18, 2, 3, 100000000)`,
        [randomUUID(), DemoMunicipality.novokuznetsk, group],
      );
      await db.query(
        `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
         VALUES ($1, $2, 'ACTIVATED', $3, $4, $5)`,
        [randomUUID(), number, DemoMunicipality.novokuznetsk, randomUUID(), group],
      );
    } finally {
      await db.end();
    }
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    try {
      const [name, value] = (await sessionCookie(shared.app.webUrl, number)).split('=');
      await context.addCookies([{ name, value, url: shared.app.webUrl }]);
      await page.goto(`${shared.app.webUrl}/navigator/programs?q=${encodeURIComponent('дизайн')}`);
      await page.getByRole('heading', { name: 'Навигатор', level: 1 }).waitFor();
      assert.deepEqual((await titles(page)).sort(), ['Основы графического дизайна', 'Промышленный дизайн']);
      const tick = page.getByLabel('Исключить программы, на которые не получится записаться по моему сертификату');
      await tick.check();
      await page.waitForURL(/exclude=1/);
      // Промышленный дизайн has no free place left.
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="program-card"]').length === 1);
      assert.deepEqual(await titles(page), ['Основы графического дизайна']);
      await expectAccessible(page, 'the catalogue of a certificate holder at 375 px');
    } finally {
      await context.close();
    }
  });
});
