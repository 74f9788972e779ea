import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll } from './support/cabinet';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';

/**
 * Enrollment (issue 12 part C): the holder files a request from the program page, the provider confirms it, the
 * holder finds it in «Подтвержденные заявки» with his balance reduced; a request on an unactivated certificate is
 * refused with the seed's reason. The navigator's clock is 15 November 2026: two months left, a 24 000 ₽ nominal is
 * 4 000 ₽, and «Фигурное катание» (2 500 ₽ a month) costs 5 000 ₽ for November and December, of which the
 * certificate pays its 4 000 ₽.
 */
const shared = shareAppAndBrowser({ env: { NAVIGATOR_CLOCK: '2026-11-15T12:00:00+07:00' } });

const PROGRAM = 'Фигурное катание: начальная подготовка';
const NOT_ACTIVATED =
  /Организация не сможет зачислить ребёнка на образовательную программу, пока сертификат не активирован/;

async function fileRequest(page: Page): Promise<void> {
  await page.goto(`${shared.app.webUrl}/navigator/programs?q=${encodeURIComponent('Фигурное')}`);
  await page.getByRole('link', { name: PROGRAM }).click();
  await page.getByRole('heading', { name: PROGRAM, level: 1 }).waitFor();
  const enrollment = page.getByRole('region', { name: 'Запись на программу' });
  await enrollment.waitFor();
  // Server-rendered with the signed-in role: the form is there with the region.
  const radio = enrollment.getByRole('radio', { name: /Группа 1 \(5–7 лет\)/ });
  assert.equal(await radio.count(), 1, `the enrollment form: ${await enrollment.textContent()}`);
  await radio.check();
  await page.getByRole('button', { name: 'Записаться' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Заявка № \d{4}-\d{6} подана/ })
    .waitFor();
}

/** The provider's card of this certificate's request, on the tab «Ожидающие подтверждения». */
async function providerCard(page: Page, certificateNumber: string) {
  await page.goto(`${shared.app.webUrl}/navigator/contracts`);
  await page.getByRole('heading', { name: 'Заявки на обучение', level: 1 }).waitFor();
  const card = page.getByTestId('contract-card').filter({ hasText: certificateNumber });
  await card.waitFor();
  return card;
}

describe('enrollment through the navigator', () => {
  it('a holder files a request, the provider confirms it, the holder sees it confirmed and his balance reduced', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const holder = await shared.browser.newPage();
    await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
    await fileRequest(holder.page);
    await holder.page.getByText('Зарезервировано из сертификата: 4\u00a0000,00\u00a0₽.').waitFor();
    await holder.page.getByText('Оплачивает семья: 1\u00a0000,00\u00a0₽.').waitFor();
    await expectAccessible(holder.page, 'the program page after a request');

    const provider = await shared.browser.newPage();
    await signInToNavigator(provider.page, shared.app.webUrl, 'provider@demo.ru');
    await provider.page.getByRole('link', { name: 'Заявки на обучение по программам организации' }).click();
    const card = await providerCard(provider.page, certificate.number);
    await expectAccessible(provider.page, 'the provider’s requests');
    await screenshot(provider.page, 'navigator-enrollment-01-provider');
    await card.getByRole('button', { name: 'Подтвердить' }).click();
    await card.waitFor({ state: 'detached' });
    await provider.context.close();

    await holder.page
      .getByRole('navigation', { name: 'Кабинет сертификата' })
      .getByRole('link', { name: 'Договоры' })
      .click();
    await holder.page.getByRole('heading', { name: 'Договоры', level: 1 }).waitFor();
    await holder.page.getByRole('tab', { name: 'Подтвержденные заявки' }).click();
    const confirmed = holder.page.getByTestId('contract-card').filter({ hasText: PROGRAM });
    await confirmed.getByText('Подтверждена, договор заключён').waitFor();
    await confirmed.getByRole('button', { name: 'Отменить заявку' }).waitFor();
    await expectAccessible(holder.page, '«Договоры» (desktop)');
    await screenshot(holder.page, 'navigator-enrollment-02-contracts');
    await holder.page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(holder.page, '«Договоры» at 375 px');
    await expectNoSidewaysScroll(holder.page, '«Договоры» at 375 px');

    await holder.page
      .getByRole('navigation', { name: 'Кабинет сертификата' })
      .getByRole('link', { name: 'Кабинет' })
      .click();
    const money = holder.page.getByTestId('certificate-money');
    await money.waitFor();
    const figures = (await money.textContent()) ?? '';
    assert.match(figures, /Зарезервировано4\u00a0000,00\u00a0₽/);
    assert.match(figures, /Остаток0,00\u00a0₽/);
    await holder.page
      .getByText(/подтверждена организацией: договор заключён/)
      .first()
      .waitFor();
    await holder.context.close();
  });

  it('refuses a request on an unactivated certificate with the seed’s reason', async () => {
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: false });
    const holder = await shared.browser.newPage();
    await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
    await fileRequest(holder.page);

    const provider = await shared.browser.newPage();
    await signInToNavigator(provider.page, shared.app.webUrl, 'provider@demo.ru');
    const card = await providerCard(provider.page, certificate.number);
    await card.getByRole('button', { name: 'Подтвердить' }).click();
    await card.getByRole('alert').filter({ hasText: NOT_ACTIVATED }).waitFor();
    assert.match(await card.getByLabel('Причина отказа').inputValue(), NOT_ACTIVATED);
    await provider.page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(provider.page, 'the refusal at 375 px');
    await card.getByRole('button', { name: 'Отказать' }).click();
    await card.waitFor({ state: 'detached' });
    await provider.context.close();

    await holder.page.goto(`${shared.app.webUrl}/navigator/contracts`);
    await holder.page.getByRole('tab', { name: 'Архив' }).click();
    const refused = holder.page.getByTestId('contract-card').filter({ hasText: PROGRAM });
    await refused.getByText('Отказано').waitFor();
    await refused.getByText(NOT_ACTIVATED).waitFor();
    await holder.page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(holder.page, 'the archive at 375 px');
    await screenshot(holder.page, 'navigator-enrollment-03-refused');
    await holder.context.close();
  });
});
