import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { signInToRegistry } from './support/registry';
import { expectAccessibleAtBothSizes } from './support/sections';

/**
 * Protection mode and payments (issue 12 part D2): the holder chooses «Подтверждение по кодовой фразе»; the
 * provider's request on his behalf is refused without the phrase and with a wrong one, and filed with the right
 * one; the provider confirms it and records November's «Аванс» and «Расчет»; the holder's cabinet and contract card
 * and the registry's certificate page show the same balance and payments. The navigator's clock is 15 November
 * 2026: «Фигурное катание» (2 500 ₽ a month) reserves the certificate's 4 000 ₽ for November and December, 2 000 ₽
 * a month; November settled at 1 500 ₽ leaves 2 000 ₽ reserved, 1 500 ₽ spent and 500 ₽ of balance.
 */
const shared = shareAppAndBrowser({ env: { NAVIGATOR_CLOCK: '2026-11-15T12:00:00+07:00' } });

const PROGRAM = 'Фигурное катание: начальная подготовка';
const PHRASE = 'Синий кит сорок два';
const rub = (text: string) => text.replace(/ /g, '\u00a0');

/** The provider's form «Заявка от имени владельца сертификата», filled and sent. */
async function fileOnBehalf(form: Locator, certificateNumber: string, codePhrase: string): Promise<void> {
  await form.getByLabel('Номер сертификата').fill(certificateNumber);
  const select = form.getByLabel('Группа программы');
  const value = await select.locator('option', { hasText: `${PROGRAM}: Группа 1` }).getAttribute('value');
  await select.selectOption(value!);
  await form.getByLabel('Кодовая фраза').fill(codePhrase);
  await form.getByRole('button', { name: 'Подать заявку' }).click();
}

/** The rows of a payments table as text, cell by cell. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
    );
}

describe('protection mode and payments', () => {
  it('the code phrase guards the provider’s request; payments show alike in the cabinet and the registry', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });

    // The holder chooses «Подтверждение по кодовой фразе».
    const holder = await shared.browser.newPage();
    await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
    await holder.page
      .getByRole('navigation', { name: 'Кабинет сертификата' })
      .getByRole('link', { name: 'Настройки пользователя' })
      .click();
    await holder.page.getByRole('heading', { name: 'Настройки пользователя', level: 1 }).waitFor();
    await holder.page.getByText('Сейчас способ не выбран', { exact: false }).waitFor();
    await holder.page.getByRole('radio', { name: 'Подтверждение по кодовой фразе' }).check();
    await holder.page.getByLabel('Кодовая фраза').fill(PHRASE);
    // The settings page has several forms, each with its «Сохранить».
    await holder.page
      .getByRole('form', { name: 'Способ защиты сертификата' })
      .getByRole('button', { name: 'Сохранить' })
      .click();
    await holder.page.getByRole('status').filter({ hasText: 'Способ защиты сохранён.' }).waitFor();
    assert.equal(await holder.page.getByRole('radio', { name: 'Подтверждение по кодовой фразе' }).isChecked(), true);
    await holder.page.getByLabel('Новая кодовая фраза').waitFor();
    await screenshot(holder.page, 'navigator-protection-01-settings');
    await expectAccessibleAtBothSizes(holder.page, '«Настройки пользователя»');

    // The provider: refused without the phrase and with a wrong one, filed with the right one.
    const provider = await shared.browser.newPage();
    await signInToNavigator(provider.page, shared.app.webUrl, 'provider@demo.ru');
    await provider.page.goto(`${shared.app.webUrl}/navigator/contracts`);
    const form = provider.page.getByRole('region', { name: 'Заявка от имени владельца сертификата' });
    // Folded until the provider opens it (the page loads with one request); opened, the number has the focus.
    await form.getByRole('button', { name: 'Заполнить заявку' }).click();
    await form.getByLabel('Номер сертификата').waitFor();
    assert.equal(await provider.page.evaluate(() => document.activeElement?.getAttribute('inputmode')), 'numeric');
    await fileOnBehalf(form, certificate.number, '');
    await form
      .getByRole('alert')
      .filter({ hasText: 'Укажите кодовую фразу: владелец сертификата выбрал «Подтверждение по кодовой фразе»' })
      .waitFor();
    await expectAccessibleAtBothSizes(provider.page, 'the request on behalf refused');
    await fileOnBehalf(form, certificate.number, 'Красный кит');
    await form.getByRole('alert').filter({ hasText: 'Кодовая фраза неверна: заявка не подана' }).waitFor();
    await fileOnBehalf(form, certificate.number, PHRASE.toUpperCase());
    await form
      .getByRole('status')
      .filter({ hasText: /Заявка № \d{4}-\d{6} подана/ })
      .waitFor();
    await screenshot(provider.page, 'navigator-protection-02-on-behalf');

    // The normal path: the provider confirms it, then records November's advance and settlement.
    const pending = provider.page.getByTestId('contract-card').filter({ hasText: certificate.number });
    await pending.getByRole('button', { name: 'Подтвердить' }).click();
    await pending.waitFor({ state: 'detached' });
    await provider.page.getByRole('tab', { name: 'Подтвержденные заявки' }).click();
    const contract = provider.page.getByTestId('contract-card').filter({ hasText: certificate.number });
    const payments = contract.getByTestId('contract-payments');
    await payments.waitFor();
    const pay = payments.getByRole('form', { name: 'Внести платёж по договору' });
    await pay.getByLabel('Месяц').selectOption('2026-11');
    await pay.getByLabel('Аванс, ₽').fill('1000');
    await pay.getByRole('button', { name: 'Внести аванс' }).click();
    await pay.getByRole('status').filter({ hasText: 'Аванс за ноябрь 2026 внесён.' }).waitFor();
    await pay.getByLabel('Расчет, ₽').fill('3000');
    await pay.getByRole('button', { name: 'Внести расчет' }).click();
    await pay
      .getByRole('alert')
      .filter({ hasText: /Расчет — от 0 до суммы по договору за месяц/ })
      .waitFor();
    await pay.getByLabel('Расчет, ₽').fill('1500');
    await pay.getByRole('button', { name: 'Внести расчет' }).click();
    await pay.getByRole('status').filter({ hasText: 'Расчет за ноябрь 2026 внесён.' }).waitFor();
    const expectedRows = [
      ['ноябрь 2026', rub('2 000,00 ₽'), rub('1 000,00 ₽'), rub('1 500,00 ₽')],
      ['декабрь 2026', rub('2 000,00 ₽'), '—', '—'],
    ];
    assert.deepEqual(await rowsOf(payments.getByRole('table')), expectedRows);
    await screenshot(provider.page, 'navigator-protection-03-payments');
    await expectAccessibleAtBothSizes(provider.page, 'the provider’s payments');
    await provider.context.close();

    // The holder: the same rows on his contract card, and the balance nominal − reserved − spent.
    await holder.page.goto(`${shared.app.webUrl}/navigator/contracts`);
    await holder.page.getByRole('tab', { name: 'Подтвержденные заявки' }).click();
    const card = holder.page.getByTestId('contract-card').filter({ hasText: PROGRAM });
    await card.getByTestId('contract-payments').waitFor();
    assert.deepEqual(await rowsOf(card.getByRole('table')), expectedRows);
    assert.equal(await card.getByRole('button', { name: /Внести/ }).count(), 0);
    await expectAccessibleAtBothSizes(holder.page, 'the holder’s contract with payments');
    await holder.page.goto(`${shared.app.webUrl}/navigator`);
    const money = holder.page.getByTestId('certificate-money');
    await money.waitFor();
    const figures = (await money.textContent()) ?? '';
    assert.match(figures, new RegExp(rub('Зарезервировано2 000,00 ₽')));
    assert.match(figures, new RegExp(rub('Израсходовано1 500,00 ₽')));
    assert.match(figures, new RegExp(rub('Остаток500,00 ₽')));
    await holder.page
      .getByText(/подана организацией от вашего имени/)
      .first()
      .waitFor();
    await holder.context.close();

    // The registry's certificate page: the same balance and payments, through the graph.
    const operator = await shared.browser.newPage();
    await operator.page.goto(`${shared.app.webUrl}/registry/certificates/${certificate.number}`);
    await signInToRegistry(operator.page, 'operator@demo.ru');
    const registryPayments = operator.page.getByRole('region', { name: 'Платежи', exact: true });
    await registryPayments.getByRole('cell', { name: 'ноябрь 2026' }).waitFor();
    assert.deepEqual(
      (await rowsOf(registryPayments.getByRole('table'))).map((cells) => cells.slice(2, 6)),
      [
        ['ноябрь 2026', '2000.00', '1000.00', '1500.00'],
        ['декабрь 2026', '2000.00', '—', '—'],
      ],
    );
    const balance = operator.page
      .getByText('Остаток сертификата', { exact: true })
      .locator('xpath=following-sibling::dd[1]');
    assert.equal((await balance.textContent())?.trim(), '500.00');
    await expectAccessibleAtBothSizes(operator.page, 'the registry’s certificate page with payments');
    await screenshot(operator.page, 'navigator-protection-04-registry');
    await operator.context.close();
  });
});
