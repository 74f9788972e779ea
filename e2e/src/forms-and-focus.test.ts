import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { allAccessibilityViolations } from './support/axe';
import { screenshot } from './support/browser';
import { DEMO_PASSWORD, field, signIn } from './support/cabinet';
import { createNewCertificateApplication, signInToRegistry } from './support/registry';

/** GOV.UK forms, focus after navigation, the focus ring's contrast and the register on a phone (issue 17). */
const shared = shareAppAndBrowser();

/** What the keyboard is on: the tag and its text. */
async function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName.toLowerCase() ?? '',
    text: document.activeElement?.textContent?.trim() ?? '',
  }));
}

/**
 * The portal bar's geometry: its inner height (without its padding) against the tallest of its items (the
 * section links and «Выйти»), and the spread of the items' vertical centres: one line when all share it.
 */
async function portalBarLine(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[data-portal-menu]')!;
    const style = getComputedStyle(bar);
    const inner = bar.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const items = Array.from(bar.querySelectorAll<HTMLElement>('nav a, button'), (item) =>
      item.getBoundingClientRect(),
    );
    const centres = items.map((box) => box.top + box.height / 2);
    return {
      inner: Math.round(inner),
      tallestItem: Math.round(Math.max(...items.map((box) => box.height))),
      centreSpread: Math.round(Math.max(...centres) - Math.min(...centres)),
      barRight: Math.round(bar.getBoundingClientRect().right),
      pageWidth: document.documentElement.clientWidth,
    };
  });
}

async function expectNoAxeViolation(page: Page, where: string): Promise<void> {
  assert.deepEqual(await allAccessibilityViolations(page), [], `axe with all rules on ${where}`);
}

describe('forms and focus to the GOV.UK standard', () => {
  it('validates the sign-in in Russian with an error summary linked to each field, then focuses the h1 and announces the sign-in', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry`);
    const title = await page.title();
    assert.equal(await page.locator('form').first().getAttribute('novalidate'), '');

    await page.getByRole('button', { name: 'Войти' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.deepEqual(await summary.getByRole('link').allTextContents(), ['Введите логин', 'Введите пароль']);
    assert.equal(await page.title(), `Ошибка: ${title}`);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    // The message stands above its input, with «Ошибка:» for screen readers.
    const order = await page.evaluate(() => {
      const input = document.querySelector('input[name="password"]')!;
      const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
      return {
        above: Boolean(message.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING),
        text: message.textContent,
      };
    });
    assert.deepEqual(order, { above: true, text: 'Ошибка: Введите пароль' });
    await expectNoAxeViolation(page, 'the sign-in form in error');
    await screenshot(page, 'forms-01-sign-in-summary');

    await summary.getByRole('link', { name: 'Введите пароль' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'password');

    await page.getByLabel('Логин').fill('operator@demo.ru');
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { level: 1, name: 'Реестр сертификатов' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.deepEqual(await focused(page), { tag: 'h1', text: 'Реестр сертификатов' });
    await page.getByRole('status').filter({ hasText: 'Вы вошли как Петрова Ольга Викторовна' }).waitFor();
    assert.equal(await page.title(), title, 'no «Ошибка:» once the errors are gone');
    await context.close();
  });

  it('moves focus to the new page’s h1 after each navigation, with the portal menu before <main>', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry`);
    await signInToRegistry(page, 'operator@demo.ru');
    // The skip link jumps over the header, the portal's menu and the user's name.
    const before = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const menu = document.querySelector('nav[aria-label="Реестр сертификатов"]')!;
      return {
        menuInMain: main.contains(menu),
        menuBefore: Boolean(menu.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING),
        barInMain: main.contains(document.querySelector('[data-portal-menu]')),
      };
    });
    assert.deepEqual(before, { menuInMain: false, menuBefore: true, barInMain: false });

    const menu = page.getByRole('navigation', { name: 'Реестр сертификатов' });
    for (const [link, heading] of [
      ['Создать заявку', 'Создать заявку'],
      ['Заявки', 'Заявки'],
      ['Сертификаты', 'Сертификаты'],
      ['Справочники', 'Справочники'],
      ['Главная', 'Реестр сертификатов'],
    ]) {
      await menu.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5000 });
      assert.deepEqual(await focused(page), { tag: 'h1', text: heading }, `focus after «${link}»`);
    }
    await context.close();
  });

  it('shows the create form’s errors in a summary whose links lead to their fields, with no axe violation', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/applications/new`);
    await signInToRegistry(page, 'org@demo.ru');
    await page.getByRole('heading', { name: 'Создать заявку', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Отправить' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await page.title(), /^Ошибка: /);
    const links = summary.getByRole('link');
    assert.ok((await links.count()) >= 3, 'a link per field in error');
    // Each link names its field's message and takes the keyboard there.
    for (const index of [0, (await links.count()) - 1]) {
      const link = links.nth(index);
      const target = ((await link.getAttribute('href')) ?? '').slice(1);
      await link.click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), target);
      const message = await page.evaluate(
        (id) => document.getElementById(`${id}-error`)?.textContent?.replace(/^Ошибка: /, ''),
        target,
      );
      assert.equal(message, await link.textContent());
    }
    await expectNoAxeViolation(page, '«Создать заявку» in error');
    await screenshot(page, 'forms-02-create-summary');
    await context.close();
  });

  it('draws a focus ring of at least 3:1 against the background of every control it was measured on', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry`);
    await signInToRegistry(page, 'operator@demo.ru');
    const samples = [
      { where: 'a link in the blue header', selector: '.site-header a' },
      { where: 'a link of the portal menu', selector: 'nav[aria-label="Реестр сертификатов"] a' },
      { where: '«Выйти» on the white bar', selector: 'button:has-text("Выйти")' },
      { where: 'a link on the page', selector: 'main a' },
    ];
    const figures: string[] = [];
    for (const sample of samples) {
      const element = page.locator(sample.selector).first();
      // Keyboard focus (as :focus-visible): focus the one before it and press Tab.
      await element.evaluate((node) => {
        const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'));
        const previous = all[all.indexOf(node as HTMLElement) - 1];
        previous?.focus();
      });
      await page.keyboard.press('Tab');
      assert.equal(await element.evaluate((node) => node === document.activeElement), true, sample.where);
      const ratio = await element.evaluate((node) => {
        const parse = (color: string) => {
          const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
          return { r, g, b, a };
        };
        const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
          const channel = (value: number) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        const contrast = (x: string, y: string) => {
          const [a, b] = [luminance(parse(x)), luminance(parse(y))].sort((p, q) => q - p);
          return (a + 0.05) / (b + 0.05);
        };
        // The background around the control: the first ancestor with an opaque background.
        let around = node.parentElement;
        while (around && parse(getComputedStyle(around).backgroundColor).a === 0) around = around.parentElement;
        const background = around ? getComputedStyle(around).backgroundColor : 'rgb(255, 255, 255)';
        const style = getComputedStyle(node);
        // The ring's colours: the outline, the box-shadows and, for a link, its own highlighted background.
        const ring = [
          ...(style.outlineStyle !== 'none' && parse(style.outlineColor).a > 0 ? [style.outlineColor] : []),
          ...(style.boxShadow.match(/rgba?\([^)]+\)/g) ?? []),
          ...(parse(style.backgroundColor).a > 0 && node.tagName === 'A' ? [style.backgroundColor] : []),
        ];
        return Math.max(...ring.map((color) => contrast(color, background)));
      });
      figures.push(`${sample.where}: ${ratio.toFixed(2)}:1`);
      assert.ok(ratio >= 3, `the focus ring of ${sample.where} is ${ratio.toFixed(2)}:1`);
    }
    console.log(`focus ring contrast — ${figures.join('; ')}`);
    await context.close();
  });

  it('puts the register’s results first on a phone, the search folded, statuses as tags', async () => {
    await createNewCertificateApplication(shared.app.webUrl, 'operator@demo.ru');
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    await page.goto(`${shared.app.webUrl}/registry/applications?tab=ALL`);
    await signInToRegistry(page, 'operator@demo.ru');
    const firstRow = page.getByTestId('register-row').first();
    await firstRow.waitFor();
    assert.equal(await field(page, 'Номер заявки').isVisible(), false, 'the search is folded');
    const layout = await page.evaluate(() => {
      const top = (element: Element | null) => (element ? element.getBoundingClientRect().top + window.scrollY : -1);
      return {
        row: top(document.querySelector('[data-testid="register-row"]')),
        h1: top(document.querySelector('main h1')),
        status: document.querySelector('[data-testid="register-row"] td[data-label="Статус"] .tag') !== null,
      };
    });
    console.log(`the register at 375 px: h1 at y=${layout.h1}, first row at y=${layout.row} (was 1695)`);
    assert.ok(layout.row < 740, `the first result is on the first screen (y=${layout.row})`);
    assert.equal(layout.status, true, 'the status is a tag');
    await expectNoAxeViolation(page, 'the register at 375 px');
    await screenshot(page, 'forms-03-register-phone');

    await page.getByText('Поиск', { exact: true }).click();
    assert.equal(await field(page, 'Номер заявки').isVisible(), true, 'the search opens');
    await context.close();
  });

  it('keeps a server-rendered form shut until the page’s scripts run, then signs in with what was typed', async () => {
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    // The page's scripts arrive late, as on a slow phone or a loaded machine.
    let releaseScripts: () => void = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route('**/_next/static/**/*.js', async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto(`${shared.app.webUrl}/registry/applications`, { waitUntil: 'domcontentloaded' });
    const login = page.getByLabel('Логин');
    const button = page.getByRole('button', { name: 'Войти' });
    await button.waitFor();
    // Before the scripts: nothing can be typed into a form that would forget it, nor submitted by the browser.
    assert.equal(await button.isDisabled(), true, 'the button waits for the scripts');
    assert.equal(await login.isDisabled(), true, 'the fields wait for the scripts');
    assert.equal(await page.locator('form').first().getAttribute('method'), 'post');

    releaseScripts();
    await login.fill('parent');
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await button.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Реестр сертификатов — для организаций по приёму заявлений' })
      .waitFor();
    assert.doesNotMatch(page.url(), /password|demo2026/, 'the password never went into the address');
    await context.close();
  });

  it('keeps the portal bar to one line on a phone (375 px), every section reachable by the keyboard', async () => {
    for (const portal of [
      { path: '/registry', login: 'operator@demo.ru', menu: 'Реестр сертификатов', last: 'Справочники', h1: null },
      { path: '/cabinet/children', login: 'parent', menu: 'Личный кабинет', last: 'Настройки', h1: 'Дети' },
    ]) {
      const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
      await page.goto(`${shared.app.webUrl}${portal.path}`);
      await signIn(page, portal.login);
      const menu = page.getByRole('navigation', { name: portal.menu });
      await menu.waitFor();
      // The cabinet's page comes from the server rendered again for the user now signed in: its h1 with it.
      if (portal.h1) await page.getByRole('heading', { level: 1, name: portal.h1 }).waitFor();
      const line = await portalBarLine(page);
      console.log(`the ${portal.menu} bar at 375 px: ${JSON.stringify(line)}`);
      // One line: the tallest item plus the strip's room for a focused link's underline; a second line would
      // double it.
      assert.ok(line.inner < line.tallestItem * 1.5, `${portal.path}: one line (${line.inner} px inside the bar)`);
      assert.ok(line.centreSpread <= 2, `${portal.path}: the items share a line (${line.centreSpread} px apart)`);
      assert.ok(line.barRight <= line.pageWidth, `${portal.path}: the bar fits the screen`);
      // The last section may sit past the strip's edge: the keyboard brings it into view.
      const last = menu.getByRole('link', { name: portal.last });
      await last.focus();
      const visible = await last.evaluate((link) => {
        const box = link.getBoundingClientRect();
        const strip = link.closest('nav')!.getBoundingClientRect();
        return box.left >= strip.left - 1 && box.right <= strip.right + 1;
      });
      assert.equal(visible, true, `${portal.path}: «${portal.last}» scrolls into view when focused`);
      assert.equal(await page.getByRole('button', { name: 'Выйти' }).isVisible(), true);
      await expectNoAxeViolation(page, `the ${portal.menu} bar at 375 px`);
      await screenshot(page, `forms-04-portal-bar-${portal.login.split('@')[0]}-phone`);
      await context.close();
    }
  });
});
