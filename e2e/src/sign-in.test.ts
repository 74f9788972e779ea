import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareAppAndBrowser } from './support/app';
import { seriousAccessibilityViolations } from './support/axe';
import { screenshot } from './support/browser';

const shared = shareAppAndBrowser();

const PORTALS = [
  {
    path: '/cabinet',
    entrance: 'Личный кабинет граждан',
    login: 'parent',
    name: 'Иванова Марина Сергеевна',
    role: 'Гражданин',
  },
  {
    path: '/registry',
    entrance: 'Реестр сертификатов',
    login: 'operator@demo.ru',
    name: 'Петрова Ольга Викторовна',
    role: 'Оператор реестра муниципалитета',
  },
  { path: '/navigator', entrance: 'Навигатор', login: 'teen', name: 'Иванов Артём Андреевич', role: 'Гражданин' },
];

describe('the landing page and the three sign-in forms', () => {
  it('shows the three entrances in Russian, accessibly', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(shared.app.webUrl);
    for (const portal of PORTALS) {
      const link = page.getByRole('link', { name: new RegExp(portal.entrance) }).first();
      assert.equal(await link.getAttribute('href'), portal.path);
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await screenshot(page, 'sign-in-01-landing');
    await context.close();
  });

  for (const portal of PORTALS) {
    it(`signs ${portal.login} in and out at ${portal.path}`, async () => {
      const { page, context } = await shared.browser.newPage();
      await page.goto(`${shared.app.webUrl}${portal.path}`);
      await page.getByLabel('Логин').fill(portal.login);
      await page.getByLabel('Пароль').fill('demo2026');
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      await screenshot(page, `sign-in-02-form${portal.path.replace('/', '-')}`);
      await page.getByRole('button', { name: 'Войти' }).click();

      await page.getByText(portal.name).first().waitFor();
      // The citizen cabinet opens on its services; who he is, is under «Обо мне».
      if (portal.path === '/cabinet') await page.getByRole('link', { name: 'Обо мне' }).click();
      await page.getByText(portal.role, { exact: true }).waitFor();
      const cookies = await context.cookies();
      const session = cookies.find((cookie) => cookie.name === 'pfdo_session');
      assert.ok(session?.httpOnly, 'the session cookie is httpOnly');
      await screenshot(page, `sign-in-03-signed-in${portal.path.replace('/', '-')}`);

      // Still signed in after a reload; then out again.
      await page.reload();
      await page.getByText(portal.name).first().waitFor();
      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.getByLabel('Логин').waitFor();
      await context.close();
    });
  }

  it('says a wrong password plainly and keeps what was typed', async () => {
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    await page.goto(`${shared.app.webUrl}/cabinet`);
    await page.getByLabel('Логин').fill('parent');
    await page.getByLabel('Пароль').fill('не тот пароль');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('alert').filter({ hasText: 'Неверный логин или пароль' }).waitFor();
    assert.equal(await page.getByLabel('Логин').inputValue(), 'parent');
    assert.equal(await page.getByLabel('Пароль').inputValue(), 'не тот пароль');
    const overflows = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflows, false, 'no sideways scrolling at 375 px');
    await screenshot(page, 'sign-in-04-wrong-password-phone');
    await context.close();
  });
});
