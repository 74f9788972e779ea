import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { describedErrorOf, expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import { uniqueEmail } from './support/mail';
import { confirmDialog, signInToRegistry } from './support/registry';

/** «Пользователи организаций»: one stack; each test builds on the one before. */
const shared = shareAppAndBrowser();

const organization = {
  email: uniqueEmail('school'),
  name: `МБОУ «СОШ № ${Date.now() % 100_000}»`,
  password: 'Kedr2026x',
};
let accountPath = '';

async function signInAs(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('navigation', { name: 'Реестр сертификатов' }).waitFor();
}

/** axe at the size the page is open at, and at the other one. */
async function expectAccessibleAtBothSizes(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${where} (desktop)`);
  await page.setViewportSize({ width: 375, height: 740 });
  await expectAccessible(page, `${where} at 375 px`);
  await expectNoSidewaysScroll(page, `${where} at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('«Организации» → «Пользователи организаций» at /registry', () => {
  it('lets operator@demo.ru create an organization, which then signs in at /registry', async () => {
    const { page, context } = await shared.browser.newPage();
    try {
      await page.goto(`${shared.app.webUrl}/registry`);
      await signInToRegistry(page, 'operator@demo.ru');
      await page
        .getByRole('navigation', { name: 'Реестр сертификатов' })
        .getByRole('link', { name: 'Пользователи организаций' })
        .click();
      await page.getByRole('heading', { name: 'Пользователи организаций', level: 1 }).waitFor();
      await page.getByTestId('staff-row').first().waitFor();
      await expectAccessibleAtBothSizes(page, 'the list of organization users');

      await page.getByRole('link', { name: 'Создать нового' }).click();
      await page.getByRole('heading', { name: 'Создать нового пользователя', level: 1 }).waitFor();
      await expectAccessibleAtBothSizes(page, '«Создать нового пользователя»');

      // A weak password and a repeat that differs: each named at its field, and at the top.
      await field(page, 'E-mail организации').fill(organization.email);
      await field(page, 'Наименование организации').fill(organization.name);
      await field(page, 'Адрес организации').fill('ул. Ленина 1');
      await field(page, 'Режим работы').fill('пн–пт 9:00–17:00');
      await field(page, 'ФИО ответственного лица').fill('Иванова Ирина Петровна');
      await field(page, 'Контактный номер телефона').fill('8 (3843) 00-00-00');
      await page.getByLabel('Имеет право просмотреть персональные данные').check();
      await page.getByLabel('Имеет право подтверждать заявки').check();
      await field(page, 'Пароль').fill('password');
      await field(page, 'Повторите пароль').fill('passw0rd');
      await page.getByRole('button', { name: 'Создать' }).click();
      await page.locator('.error-summary').waitFor();
      assert.match(await describedErrorOf(page, 'Пароль'), /слишком простой/);
      assert.match(await describedErrorOf(page, 'Повторите пароль'), /Пароли не совпадают/);
      await expectAccessibleAtBothSizes(page, '«Создать нового пользователя» with errors');

      await field(page, 'Пароль').fill(organization.password);
      await field(page, 'Повторите пароль').fill(organization.password);
      await page.getByRole('button', { name: 'Создать' }).click();
      await page.getByRole('heading', { name: 'Пользователь создан' }).waitFor();
      assert.equal(await page.getByTestId('created-login').textContent(), organization.email);
      await page.getByRole('link', { name: 'Открыть пользователя' }).click();
      await page.getByRole('heading', { name: organization.name, level: 1 }).waitFor();
      accountPath = new URL(page.url()).pathname;
      await expectAccessibleAtBothSizes(page, 'the organization user’s page');

      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.getByLabel('Логин').waitFor();
      await signInAs(page, organization.email, organization.password);
      await page.goto(`${shared.app.webUrl}/registry`);
      await page.getByText(organization.name).first().waitFor();
      assert.equal(await page.getByRole('link', { name: 'Пользователи организаций' }).count(), 0);
    } catch (error) {
      await screenshot(page, 'registry-organizations-create');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('ends the organization’s session at once when the operator blocks it, and lets it back in when unblocked', async () => {
    const organizationTab = await shared.browser.newPage();
    const operatorTab = await shared.browser.newPage({ width: 375, height: 740 });
    try {
      await organizationTab.page.goto(`${shared.app.webUrl}/registry`);
      await signInAs(organizationTab.page, organization.email, organization.password);

      await operatorTab.page.goto(`${shared.app.webUrl}${accountPath}`);
      await signInToRegistry(operatorTab.page, 'operator@demo.ru');
      await operatorTab.page.getByRole('button', { name: 'Заблокировать' }).click();
      await confirmDialog(operatorTab.page);
      await operatorTab.page.getByText('Пользователь заблокирован').waitFor();
      assert.equal(await operatorTab.page.getByTestId('account-state').textContent(), 'Заблокирован');

      // The organization's next page asks for a sign-in, and its password no longer opens the cabinet.
      await organizationTab.page.goto(`${shared.app.webUrl}/registry/applications`);
      await organizationTab.page.getByLabel('Логин').waitFor();
      await organizationTab.page.getByLabel('Логин').fill(organization.email);
      await organizationTab.page.getByLabel('Пароль').fill(organization.password);
      await organizationTab.page.getByRole('button', { name: 'Войти' }).click();
      await organizationTab.page.getByText('Учётная запись заблокирована').first().waitFor();

      await operatorTab.page.getByRole('button', { name: 'Разблокировать' }).click();
      await operatorTab.page.getByText('Пользователь разблокирован').waitFor();
      await organizationTab.page.getByRole('button', { name: 'Войти' }).click();
      await organizationTab.page.getByRole('navigation', { name: 'Реестр сертификатов' }).waitFor();
    } catch (error) {
      await screenshot(organizationTab.page, 'registry-organizations-block-organization');
      await screenshot(operatorTab.page, 'registry-organizations-block-operator');
      throw error;
    } finally {
      await organizationTab.context.close();
      await operatorTab.context.close();
    }
  });

  it('lets region@demo.ru see the municipalities’ registry operators', async () => {
    const { page, context } = await shared.browser.newPage();
    try {
      await page.goto(`${shared.app.webUrl}/registry/organizations`);
      await signInToRegistry(page, 'region@demo.ru');
      await page.getByRole('cell', { name: 'operator@demo.ru' }).waitFor();
      assert.equal(await page.getByRole('cell', { name: organization.email }).count(), 0);
      await page.getByRole('link', { name: 'Создать нового' }).click();
      await field(page, 'Муниципалитет').locator('option').nth(1).waitFor({ state: 'attached' });
      await expectAccessibleAtBothSizes(page, '«Создать нового пользователя» of the regional operator');
    } catch (error) {
      await screenshot(page, 'registry-organizations-region');
      throw error;
    } finally {
      await context.close();
    }
  });
});
