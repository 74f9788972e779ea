import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll } from './support/cabinet';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { runContractSweep, setNavigatorClock } from './support/navigator-clock';
import { arrangeScheduledProgram, confirmedContract } from './support/navigator-enrolled';

/**
 * «Оценить программу» (issue 15 part A, seed 002, «ДОГОВОРЫ»): the contract ends on 20 November 2026; the next day it
 * is in «Архив» with «Оценить программу»; the holder moves the sliders with the keyboard and saves; «Изменить оценку»
 * on 20 December, the month's last day; on 21 December the rating is read-only. The navigator's clock moves (+07).
 */
const shared = shareAppAndBrowser({ env: { NAVIGATOR_CLOCK: '2026-11-15T12:00:00+07:00' } });

const PROGRAM = `Робототехника: оценка ${randomUUID().slice(0, 8)}`;

async function moveClock(moment: string) {
  await setNavigatorClock(shared.app, moment);
  await runContractSweep(shared.app);
}

async function openArchive(page: Page) {
  await page.goto(`${shared.app.webUrl}/navigator/contracts`);
  await page.getByRole('heading', { name: 'Договоры', level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Архив' }).click();
  const card = page.getByTestId('contract-card').filter({ hasText: PROGRAM });
  await card.waitFor();
  return card;
}

describe('«Оценить программу»', () => {
  it('rates within the month after the contract ends, changes the rating on its last day, and reads it after', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const program = await arrangeScheduledProgram(shared.app, PROGRAM, {
      startsOn: '2026-09-01',
      endsOn: '2026-11-20',
      week: [{ day: 2, from: '17:00', to: '18:00' }],
    });
    await confirmedContract(shared.app.webUrl, certificate, program.groupId);
    await runContractSweep(shared.app);
    await moveClock('2026-11-21T10:00:00+07:00');

    const { page, context } = await shared.browser.newPage();
    await signInToNavigator(page, shared.app.webUrl, certificate.number, certificate.password);
    let card = await openArchive(page);
    await card.getByRole('button', { name: 'Оценить программу' }).click();

    const content = card.getByRole('slider', { name: 'Содержание программы' });
    await content.focus();
    await page.keyboard.press('End');
    const teacher = card.getByRole('slider', { name: 'Педагог' });
    await teacher.focus();
    for (let step = 0; step < 10; step += 1) await page.keyboard.press('ArrowLeft');
    const conditions = card.getByRole('slider', { name: 'Условия обучения' });
    await conditions.focus();
    for (let step = 0; step < 20; step += 1) await page.keyboard.press('ArrowRight');
    assert.equal(await card.getByTestId('rating-value-content').textContent(), '100 %');
    assert.equal(await card.getByTestId('rating-value-teacher').textContent(), '40 %');
    assert.equal(await card.getByTestId('rating-value-conditions').textContent(), '70 %');
    assert.equal(await card.getByTestId('rating-value-result').textContent(), '50 %');
    await expectAccessible(page, 'the rating form (desktop)');
    await screenshot(page, 'navigator-rating-01-form');
    await card.getByRole('button', { name: 'Сохранить' }).click();

    await card.getByRole('button', { name: 'Изменить оценку' }).waitFor();
    assert.equal(await card.getByTestId('rating-saved-content').textContent(), '100 %');
    assert.equal(await card.getByTestId('rating-saved-teacher').textContent(), '40 %');
    assert.equal(await card.getByTestId('rating-saved-conditions').textContent(), '70 %');
    assert.equal(await card.getByTestId('rating-saved-result').textContent(), '50 %');

    // The month's last day: the rating may still change.
    await moveClock('2026-12-20T21:00:00+07:00');
    card = await openArchive(page);
    await card.getByRole('button', { name: 'Изменить оценку' }).click();
    const result = card.getByRole('slider', { name: 'Результат обучения' });
    await result.focus();
    await page.keyboard.press('Home');
    await page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(page, 'the rating form at 375 px');
    await expectNoSidewaysScroll(page, 'the rating form at 375 px');
    await card.getByRole('button', { name: 'Сохранить' }).click();
    await card.getByRole('button', { name: 'Изменить оценку' }).waitFor();
    assert.equal(await card.getByTestId('rating-saved-result').textContent(), '0 %');
    assert.equal(await card.getByTestId('rating-saved-content').textContent(), '100 %');

    // A day more: read-only.
    await moveClock('2026-12-21T09:00:00+07:00');
    card = await openArchive(page);
    await card.getByText('Оценку можно было изменить по 20.12.2026 включительно.').waitFor();
    assert.equal(await card.getByRole('button', { name: 'Изменить оценку' }).count(), 0);
    assert.equal(await card.getByRole('button', { name: 'Оценить программу' }).count(), 0);
    assert.equal(await card.getByTestId('rating-saved-result').textContent(), '0 %');
    await expectAccessible(page, 'a read-only rating at 375 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'a read-only rating (desktop)');
    await screenshot(page, 'navigator-rating-02-read-only');

    // One rating is not an average: the program page says so.
    await page.goto(`${shared.app.webUrl}/navigator/programs/${program.programId}`);
    await page.getByTestId('program-rating-summary').getByText('Недостаточно оценок').waitFor();
    await context.close();
  });
});
