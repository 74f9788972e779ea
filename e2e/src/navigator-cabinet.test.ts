import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll } from './support/cabinet';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { graphqlAs } from './support/registry';

/**
 * The certificate holder's «КАБИНЕТ» at /navigator (issue 12, part B). The navigator's clock is set to
 * 15 November 2026 in the region, so that two months of twelve are left and a nominal of 24 000 ₽ is 4 000 ₽.
 */
const shared = shareAppAndBrowser({ env: { NAVIGATOR_CLOCK: '2026-11-15T12:00:00+07:00' } });

const EXCERPT = 'Сертификат даёт право на обучение по одной значимой и двум общеразвивающим программам в год (п. 3.1).';

/** The municipality's setting for the registry's group (support/navigator.ts), and the excerpt of its Положение. */
async function arrangeMunicipality(webUrl: string): Promise<void> {
  await arrangeGroupSetting(webUrl);
  const operator = await graphqlAs(webUrl, 'operator@demo.ru');
  const { me } = await operator('{ me { municipality { id } } }');
  await operator(
    `mutation ($m: ID!, $e: String!) { setMunicipalRegulationExcerpt(municipalityId: $m, excerpt: $e) { id } }`,
    { m: me.municipality.id as string, e: EXCERPT },
  );
}

/** Signs the holder in and waits for his «Кабинет». */
async function signInToCabinet(page: Page, login: string, password: string): Promise<void> {
  await signInToNavigator(page, shared.app.webUrl, login, password);
  await page.getByRole('heading', { name: 'Кабинет', level: 1 }).waitFor();
}

describe('the certificate holder’s cabinet at /navigator', () => {
  it('shows an activated certificate: the panel, status, possibilities, the nominal and its computation, the «?», the feed', async () => {
    await arrangeMunicipality(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/navigator`);
    await expectAccessible(page, 'the navigator’s sign-in');
    await signInToCabinet(page, certificate.number, certificate.password);

    const panel = page.getByRole('navigation', { name: 'Кабинет сертификата' });
    assert.equal(await panel.getByRole('link', { name: 'Кабинет' }).getAttribute('aria-current'), 'page');
    assert.equal(await panel.getByRole('link', { name: 'Навигатор' }).getAttribute('href'), '/navigator/programs');
    await page.getByRole('region', { name: 'Пользователь' }).getByText(certificate.number).waitFor();
    await page.getByText('Сертификат активирован', { exact: true }).waitFor();
    assert.equal(await page.getByText('Сертификат не активирован', { exact: true }).count(), 0);

    const money = page.getByTestId('certificate-money');
    assert.match((await money.textContent()) ?? '', /Номинал сертификата4\u00a0000,00\u00a0₽/);
    assert.match((await money.textContent()) ?? '', /Остаток4\u00a0000,00\u00a0₽/);
    assert.match(
      (await page.getByTestId('nominal-computation').textContent()) ?? '',
      /Номинал на 2026 год: 24\u00a0000,00\u00a0₽; осталось месяцев: 2 из 12 → 4\u00a0000,00\u00a0₽/,
    );
    await page.getByText('значимые — 2, общеразвивающие — 3, предпрофессиональные — 1').waitFor();

    // «?»: the excerpt of the municipality's Положение, closed until asked for.
    const excerpt = page.getByText(EXCERPT);
    assert.equal(await excerpt.isVisible(), false);
    await page
      .locator('summary', { hasText: 'Выдержка из Положения о персонифицированном дополнительном образовании' })
      .click();
    await excerpt.waitFor();

    const feed = page.getByRole('region', { name: 'Оповещения' });
    await feed.getByText(/Данные сертификата переданы из реестра в навигатор ПФДО\. Статус: активирован/).waitFor();

    await expectAccessible(page, 'the cabinet (desktop)');
    await screenshot(page, 'navigator-cabinet-01-desktop');
    await page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(page, 'the cabinet at 375 px');
    await expectNoSidewaysScroll(page, 'the cabinet at 375 px');
    await screenshot(page, 'navigator-cabinet-02-phone');

    // The server renders the cabinet itself, from the first byte.
    const html = await (
      await page.request.get(`${shared.app.webUrl}/navigator`, {
        headers: { cookie: (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
      })
    ).text();
    assert.match(html, /Сертификат активирован/);
    assert.match(html, /Кабинет сертификата/);

    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByLabel('Логин').waitFor();
    assert.equal(await panel.count(), 0);
    await context.close();
  });

  it('shows an unactivated certificate as such, with how to activate it', async () => {
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: false });
    const { page, context } = await shared.browser.newPage();
    await signInToCabinet(page, certificate.number, certificate.password);
    await page.getByText('Сертификат не активирован', { exact: true }).waitFor();
    await page.getByText(/заявку на зачисление подать можно/).waitFor();
    await page.getByText(/Для активации сертификата заявитель предоставляет документы ребёнка/).waitFor();
    await expectAccessible(page, 'an unactivated certificate (desktop)');
    await page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(page, 'an unactivated certificate at 375 px');
    await expectNoSidewaysScroll(page, 'an unactivated certificate at 375 px');
    await screenshot(page, 'navigator-cabinet-03-not-activated');
    await context.close();
  });

  it('shows a provider what the sign-in gate showed him, without the holder’s panel', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/navigator`);
    await page.getByLabel('Логин').fill('provider@demo.ru');
    await page.getByLabel('Пароль').fill('demo2026');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Вы вошли в систему.').waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Кабинет сертификата' }).count(), 0);
    await expectAccessible(page, 'a provider at /navigator');
    await context.close();
  });
});
