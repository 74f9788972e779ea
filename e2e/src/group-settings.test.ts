import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import { signInToRegistry } from './support/registry';

/** «Настройка сертификатов» for operator@demo.ru (Новокузнецк): add a group, edit it, import it into the registry. */
const shared = shareAppAndBrowser();

const suffix = Array.from(randomBytes(6), (byte) => 'абвгдежзиклмнопрстуфхц'[byte % 22]).join('');
const NAME = `Дети в возрасте от 6 до 12 лет, группа ${suffix}`;

async function openSettings(page: Page): Promise<void> {
  await page.goto(`${shared.app.webUrl}/registry`);
  await signInToRegistry(page, 'operator@demo.ru');
  await page
    .getByRole('navigation', { name: 'Реестр сертификатов' })
    .getByRole('link', { name: 'Группы сертификатов' })
    .click();
  await page.getByRole('heading', { name: 'Группы сертификатов', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Настройка сертификатов' }).click();
  await page.getByRole('heading', { name: 'Настройка сертификатов', level: 1 }).waitFor();
}

describe('«Настройка сертификатов» at /registry/groups/settings', () => {
  it('lets operator@demo.ru add a group setting, edit it, and import it from PFDO', async () => {
    const { page, context } = await shared.browser.newPage();
    await openSettings(page);
    await page
      .getByRole('table')
      .getByRole('cell', { name: /от 7 до 14 лет/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'the group settings page');
    await screenshot(page, 'group-settings-01-list');

    await page.getByRole('button', { name: 'Добавить группу сертификатов' }).click();
    const form = page.getByRole('form', { name: 'Добавить группу сертификатов' });
    await form.waitFor();
    // Nothing typed and crossed ages: the summary says what to fix, field by field, and takes the keyboard.
    await field(page, 'Возраст от, полных лет').fill('14');
    await field(page, 'Возраст до, полных лет').fill('7');
    await form.getByRole('button', { name: 'Добавить' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByText('Введите наименование группы сертификатов').waitFor();
    await summary.getByText('Возраст «до» должен быть больше возраста «от»').waitFor();
    assert.match(await page.title(), /^Ошибка: /);
    await expectAccessible(page, 'the add form with its errors');
    await screenshot(page, 'group-settings-02-errors');

    await field(page, 'Наименование группы сертификатов').fill(NAME);
    await field(page, 'Номинал сертификата, руб.').fill('18 500,50');
    await field(page, 'Возраст от, полных лет').fill('6');
    await field(page, 'Возраст до, полных лет').fill('12');
    await field(page, 'Значимые программы').fill('1');
    await field(page, 'Общеразвивающие программы').fill('2');
    await field(page, 'Лимит средств муниципалитета, руб.').fill('40000000');
    await form.getByRole('button', { name: 'Добавить' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Группа «${NAME}» добавлена` })
      .waitFor();
    const row = page.getByTestId('group-setting-row').filter({ hasText: NAME });
    await row.getByText(/18\s500,50\s₽/).waitFor();

    await row.getByRole('button', { name: `Изменить: ${NAME}` }).click();
    const edit = page.getByRole('form', { name: `Изменить группу «${NAME}»` });
    await edit.waitFor();
    assert.equal(await field(page, 'Номинал сертификата, руб.').inputValue(), '18500,50');
    await field(page, 'Номинал сертификата, руб.').fill('19000');
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Группа «${NAME}» сохранена` })
      .waitFor();
    await row.getByText(/19\s000,00\s₽/).waitFor();

    // The registry imports it: «Группы сертификатов» → «Импорт из PFDO».
    await page.getByRole('link', { name: '«Группы сертификатов»' }).click();
    await page.getByRole('heading', { name: 'Группы сертификатов', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Импорт из PFDO' }).click();
    const offered = page.getByRole('checkbox', { name: new RegExp(NAME) });
    await offered.check();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByRole('status').filter({ hasText: 'Импортировано групп: 1' }).waitFor();
    await page
      .getByRole('article', { name: NAME })
      .getByText(/19\s000,00\s₽/)
      .waitFor();
    await screenshot(page, 'group-settings-03-imported');
    await context.close();

    const phone = await shared.browser.newPage({ width: 375, height: 740 });
    await openSettings(phone.page);
    await phone.page.getByTestId('group-setting-row').filter({ hasText: NAME }).waitFor();
    await expectAccessible(phone.page, 'the group settings page at 375 px');
    await expectNoSidewaysScroll(phone.page, 'the group settings page at 375 px');
    await phone.page.getByRole('button', { name: `Изменить: ${NAME}` }).click();
    await phone.page.getByRole('form', { name: `Изменить группу «${NAME}»` }).waitFor();
    await expectAccessible(phone.page, 'the edit form at 375 px');
    await expectNoSidewaysScroll(phone.page, 'the edit form at 375 px');
    await screenshot(phone.page, 'group-settings-04-phone');
    await phone.context.close();
  });
});
