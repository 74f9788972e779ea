import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DemoMunicipality } from '@pfdo/platform';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import { signInToRegistry } from './support/registry';

/** «Группы сертификатов» and «Пакетные обработки» for operator@demo.ru (Новокузнецк); the tests share one stack. */
const shared = shareAppAndBrowser();

const NK = DemoMunicipality.novokuznetsk;
/** The demo groups of Новокузнецк (subgraphs/certificates/src/demo/seed-demo.ts): 5–18, and 5–18 with ОВЗ. */
const DEMO_GROUP = `50${NK.slice(2)}`;
const DEMO_GROUP_OVZ = `51${NK.slice(2)}`;
const IMPORTED = 'Дети в возрасте от 7 до 14 лет, проживающие на территории Новокузнецкого городского округа';
const CERTIFICATES = 10_000;
/** A 5–18 group of the test's own, copied from the demo one, which has demo certificates in it too. */
const BATCH_GROUP = '5ac0ffee-0000-4000-8000-000000000020';

async function openFromHome(page: Page, link: string): Promise<void> {
  await page.goto(`${shared.app.webUrl}/registry`);
  await signInToRegistry(page, 'operator@demo.ru');
  await page.locator('.actions').getByRole('link', { name: link }).click();
  await page.getByRole('heading', { name: link, level: 1 }).waitFor();
}

/** 10 000 children of 10 with activated certificates in a group of the test's own, in three statements. */
async function arrangeCertificates(): Promise<void> {
  const db = new Client({ connectionString: shared.app.databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO certificates.certificate_groups (id, municipality_id, name, min_age, max_age)
       SELECT $1, municipality_id, 'Группа пакетной обработки', min_age, max_age
         FROM certificates.certificate_groups WHERE id = $2`,
      [BATCH_GROUP, DEMO_GROUP],
    );
    await db.query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       SELECT md5('e2e-group-child-' || i)::uuid, 'Пакетов', 'Ребёнок', '', current_date - interval '10 years', $1
         FROM generate_series(1, $2::int) AS i`,
      [NK, CERTIFICATES],
    );
    await db.query(
      `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id)
       SELECT md5('e2e-group-certificate-' || i)::uuid, (6000000000 + i)::text, 'ACTIVATED', $1, $2,
              md5('e2e-group-child-' || i)::uuid
         FROM generate_series(1, $3::int) AS i`,
      [NK, BATCH_GROUP, CERTIFICATES],
    );
  } finally {
    await db.end();
  }
}

describe('«Группы сертификатов» and «Пакетные обработки» at /registry', () => {
  it('lets operator@demo.ru import a group from PFDO and block it', async () => {
    const { page, context } = await shared.browser.newPage();
    await openFromHome(page, 'Группы сертификатов');
    await expectAccessible(page, 'the groups page');

    await page.getByRole('button', { name: 'Импорт из PFDO' }).click();
    const settings = page.getByRole('group', { name: /Настройка сертификатов в ПФДО/ });
    await settings.getByRole('checkbox', { name: new RegExp(IMPORTED) }).waitFor();
    // Nothing ticked: the summary says so and takes the keyboard.
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.locator('.error-summary').getByText('Отметьте группы для импорта').waitFor();
    assert.match(await page.title(), /^Ошибка: /);
    await expectAccessible(page, 'the import form with its error');
    await screenshot(page, 'groups-01-import');

    await settings.getByRole('checkbox', { name: new RegExp(IMPORTED) }).check();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByRole('status').filter({ hasText: 'Импортировано групп: 1' }).waitFor();
    const card = page.getByRole('article', { name: IMPORTED });
    await card.waitFor();
    assert.equal(await card.locator('.tag').textContent(), 'Действует');

    await card.getByRole('button', { name: 'Заблокировать' }).click();
    await card.locator('.tag', { hasText: 'Заблокирована' }).waitFor();
    await card.getByRole('button', { name: 'Разблокировать' }).waitFor();
    await expectAccessible(page, 'the groups page with an imported, blocked group');
    await screenshot(page, 'groups-02-blocked');

    // Imported once: the import form now shows it ticked and disabled.
    await page.getByRole('button', { name: 'Импорт из PFDO' }).click();
    const again = page.getByRole('checkbox', { name: new RegExp(IMPORTED) });
    await again.waitFor();
    assert.equal(await again.isDisabled(), true);
    await context.close();

    const phone = await shared.browser.newPage({ width: 375, height: 740 });
    await openFromHome(phone.page, 'Группы сертификатов');
    await phone.page.getByRole('article', { name: IMPORTED }).waitFor();
    await expectAccessible(phone.page, 'the groups page at 375 px');
    await expectNoSidewaysScroll(phone.page, 'the groups page at 375 px');
    await screenshot(phone.page, 'groups-03-phone');
    await phone.context.close();
  });

  it('changes the group of 10 000 certificates in the background, showing the progress until done', async () => {
    await arrangeCertificates();
    const { page, context } = await shared.browser.newPage();
    await openFromHome(page, 'Пакетные обработки');
    await expectAccessible(page, 'the batch page');

    await field(page, 'Из группы').selectOption(BATCH_GROUP);
    await field(page, 'В группу').selectOption(DEMO_GROUP_OVZ);
    const started = Date.now();
    await page.getByRole('button', { name: 'Начать смену группы' }).click();
    const progress = page.getByTestId('group-change-progress');
    await progress.waitFor();
    const seen = new Set<string>();
    const deadline = Date.now() + 300_000;
    for (;;) {
      const text = (await progress.textContent()) ?? '';
      seen.add(text);
      if (/Обработка завершена/.test(text)) break;
      assert.ok(Date.now() < deadline, `the group change did not finish in 5 minutes; last: ${text}`);
      await page.waitForTimeout(250);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    console.log(
      `mass group change of ${CERTIFICATES} certificates: done in ${seconds} s; progress shown: ${[...seen].join(' | ')}`,
    );
    assert.ok(seen.size >= 2, `the progress moved on the page: ${[...seen].join(' | ')}`);
    assert.match([...seen].at(-1)!, /^Обработано 10\s000 из 10\s000\. Обработка завершена$/);
    const changed = page.getByRole('region', { name: 'Ход обработки' }).getByRole('definition').first();
    assert.equal((await changed.textContent())?.replace(/\s/g, ''), '10000');
    await expectAccessible(page, 'the batch page with a finished job');
    await screenshot(page, 'batch-01-done');
    await context.close();

    const phone = await shared.browser.newPage({ width: 375, height: 740 });
    await openFromHome(phone.page, 'Пакетные обработки');
    await phone.page.getByRole('heading', { name: 'Прошлые обработки' }).waitFor();
    await phone.page.getByRole('cell', { name: /10\s000 из 10\s000/ }).waitFor();
    await expectAccessible(phone.page, 'the batch page at 375 px');
    await expectNoSidewaysScroll(phone.page, 'the batch page at 375 px');
    await screenshot(phone.page, 'batch-02-phone');
    await phone.context.close();
  });
});
