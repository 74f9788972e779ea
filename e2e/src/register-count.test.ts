import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareAppAndBrowser } from './support/app';
import { createNewCertificateApplication, searchRegister, signInToRegistry } from './support/registry';

/**
 * The register counts a tab exactly up to REGISTER_EXACT_COUNT_LIMIT and says «более …» past it (a count of
 * a million applications would cost more than the page). A limit of 2 here, so that three applications
 * cross it.
 */
const LIMIT = 2;
const shared = shareAppAndBrowser({ env: { REGISTER_EXACT_COUNT_LIMIT: String(LIMIT) } });

describe('the count of a register tab', () => {
  it('is «более 2» past the limit and exact under it', async () => {
    const created = [];
    for (let index = 0; index <= LIMIT; index += 1) {
      created.push(await createNewCertificateApplication(shared.app.webUrl, 'operator@demo.ru'));
    }
    const { page } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/applications?tab=ALL`);
    await signInToRegistry(page, 'operator@demo.ru');
    await page.getByRole('heading', { name: 'Заявки', level: 1 }).waitFor();
    const total = page.getByTestId('register-total');
    await total.waitFor();
    assert.equal(await total.textContent(), `более ${LIMIT}`);
    assert.match(
      (await page.getByRole('heading', { level: 2, name: /Найдено заявок/ }).textContent()) ?? '',
      /более 2$/,
    );
    // The page itself is served whole: the rows do not depend on the count (the demo applications are there
    // too, older than the test's three, which come first).
    const rows = await page.getByTestId('register-row').allTextContents();
    assert.ok(rows.length > LIMIT, `more rows than the limit (${rows.length})`);
    for (const [index, { number }] of [...created].reverse().entries()) {
      assert.ok(rows[index]?.includes(number), `row ${index + 1} is application № ${number}`);
    }

    await searchRegister(page, { 'Номер заявки': created[0].number });
    assert.equal(await page.getByTestId('register-total').textContent(), '1');
  });
});
