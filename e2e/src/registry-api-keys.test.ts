import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { E2E_PORTS, shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { describedErrorOf, expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import { confirmDialog, signInToRegistry } from './support/registry';

/** «Ключи API» of the registry cabinet: one stack; the test walks a key's whole life. */
const shared = shareAppAndBrowser();

/** axe at the desktop size and at 375 px. */
async function expectAccessibleAtBothSizes(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${where} (desktop)`);
  await page.setViewportSize({ width: 375, height: 740 });
  await expectAccessible(page, `${where} at 375 px`);
  await expectNoSidewaysScroll(page, `${where} at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const PARTNER_REGISTER = 'query PartnerRegister { certificateRegister(first: 5) { certificates { number } } }';

/** A partner's system asking the gateway for its municipality's certificates with the key. */
async function callAsPartner(key: string, query = PARTNER_REGISTER): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${E2E_PORTS.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('«Ключи API» at /registry', () => {
  it('lets operator@demo.ru issue a key shown once, see its use per day, replace it and revoke it', async () => {
    const { page, context } = await shared.browser.newPage();
    try {
      await page.goto(`${shared.app.webUrl}/registry`);
      await signInToRegistry(page, 'operator@demo.ru');
      await page
        .getByRole('navigation', { name: 'Реестр сертификатов' })
        .getByRole('link', { name: 'Ключи API' })
        .click();
      await page.getByRole('heading', { name: 'Ключи API', level: 1 }).waitFor();
      await page.getByTestId('api-key-total').waitFor();
      await expectAccessibleAtBothSizes(page, 'the list of API keys');

      await page.getByRole('link', { name: 'Выпустить ключ' }).click();
      await page.getByRole('heading', { name: 'Выпустить ключ', level: 1 }).waitFor();
      await expectAccessibleAtBothSizes(page, '«Выпустить ключ»');
      // Nothing filled in: each field says what it needs, and the summary lists them.
      await page.getByRole('button', { name: 'Выпустить ключ' }).click();
      await page.locator('.error-summary').waitFor();
      assert.match(await describedErrorOf(page, 'Название ключа'), /Укажите название ключа/);
      await expectAccessibleAtBothSizes(page, '«Выпустить ключ» with errors');

      await field(page, 'Название ключа').fill('Муниципальный портал — сертификаты');
      await field(page, 'Организация-партнёр').fill('МКУ «Информационный центр» г. Новокузнецка');
      await page.getByLabel('Сертификаты муниципалитета (чтение)').check();
      await page.getByRole('button', { name: 'Выпустить ключ' }).click();
      await page.getByRole('heading', { name: 'Ключ выпущен' }).waitFor();
      await page.getByText('Ключ показывается один раз').waitFor();
      const secret = await page.getByTestId('api-key-secret').inputValue();
      assert.match(secret, /^pfdo_[0-9a-f]{8}_/);
      await page.getByRole('button', { name: 'Скопировать ключ' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /скопир/i })
        .waitFor();
      await expectAccessibleAtBothSizes(page, 'the key shown once');

      assert.equal(await callAsPartner(secret), 200);
      await page.getByRole('link', { name: 'Открыть ключ' }).click();
      await page.getByRole('heading', { name: 'Муниципальный портал — сертификаты', level: 1 }).waitFor();
      // The gateway sends its usage in batches, each second: the page shows it once it has arrived.
      for (let attempt = 0; (await page.getByTestId('usage-row').count()) === 0; attempt++) {
        assert.ok(attempt < 20, 'the call appears in the usage per day');
        await new Promise((resolve) => setTimeout(resolve, 500));
        await page.reload();
        await page.getByRole('heading', { name: 'Использование по дням' }).waitFor();
      }
      await expectAccessibleAtBothSizes(page, 'the key’s page');

      // «Зарегистрированные операции»: the partner's one query registered, then nothing else runs with the key.
      await field(page, 'Название операции').fill('Реестр сертификатов');
      await field(page, 'Текст операции GraphQL').fill(PARTNER_REGISTER);
      await page.getByRole('button', { name: 'Зарегистрировать' }).click();
      await page.getByTestId('api-key-operation').filter({ hasText: 'Реестр сертификатов' }).waitFor();
      await page.getByRole('button', { name: 'Только зарегистрированные операции' }).click();
      await page
        .getByText('Ключ выполняет только зарегистрированные операции: любой другой запрос отклоняется.')
        .waitFor();
      assert.equal(await callAsPartner(secret), 200, 'the registered operation runs');
      assert.equal(await callAsPartner(secret, '{ certificateRegister(first: 1) { certificates { number } } }'), 403);
      await expectAccessibleAtBothSizes(page, 'the key’s registered operations');

      await page.getByRole('button', { name: 'Заменить ключ' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Заменить ключ' }).click();
      await page.getByRole('heading', { name: 'Новый ключ' }).waitFor();
      const replacement = await page.getByTestId('api-key-secret').inputValue();
      assert.notEqual(replacement, secret);
      assert.equal(await callAsPartner(replacement), 200);
      assert.equal(await callAsPartner(secret), 200, 'the old key works during the overlap');
      await page.getByText('Заменён, действует до конца замены').waitFor();

      await page.getByRole('button', { name: 'Отозвать' }).click();
      await confirmDialog(page);
      await page.getByText('Ключ отозван').waitFor();
      assert.equal(await callAsPartner(secret), 401);
    } catch (error) {
      await screenshot(page, 'registry-api-keys');
      throw error;
    } finally {
      await context.close();
    }
  });
});
