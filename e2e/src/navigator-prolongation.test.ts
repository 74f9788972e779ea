import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll } from './support/cabinet';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { runContractSweep, setNavigatorClock } from './support/navigator-clock';
import { confirmedContract } from './support/navigator-enrolled';

/**
 * Prolongation (issue 12 part D1, seed 002): the provider prolongs an active contract for the next period, the
 * holder sees it in «Ожидающие подтверждения» with the day it will be accepted by itself; the navigator's test
 * clock moves 7 days, the contract schedule's sweep runs (the pg-boss job), and the contract is in «Действующие».
 * The clock starts on 15 November 2026 (+07); the program's first group ends on 20 November, its next period
 * starts on 21 November.
 */
const shared = shareAppAndBrowser({ env: { NAVIGATOR_CLOCK: '2026-11-15T12:00:00+07:00' } });

const PROGRAM = `Хоккей: пролонгация ${randomUUID().slice(0, 8)}`;

/** The demo provider's program with this period's group and the next period's. */
async function arrangeProgram(): Promise<{ firstGroupId: string }> {
  const db = new Client({ connectionString: shared.app.databaseUrl });
  await db.connect();
  try {
    const programId = randomUUID();
    const firstGroupId = randomUUID();
    await db.query(
      `INSERT INTO navigator.programs (id, organization_id, municipality_id, title, registry, age_from, age_to, price_kopecks)
       SELECT $1, u.organization_id, c.municipality_id, $2, 'CERTIFIED', 5, 18, 100000
         FROM organizations.users u JOIN navigator.provider_cards c ON c.organization_id = u.organization_id
        WHERE u.login = 'provider@demo.ru'`,
      [programId, PROGRAM],
    );
    await db.query(
      `INSERT INTO navigator.program_groups (id, program_id, name, starts_on, ends_on, places_total)
       VALUES ($1, $3, 'Осенняя группа', '2026-09-01', '2026-11-20', 10),
              ($2, $3, 'Зимняя группа', '2026-11-21', '2027-05-31', 10)`,
      [firstGroupId, randomUUID(), programId],
    );
    return { firstGroupId };
  } finally {
    await db.end();
  }
}

/** The holder's request in the first group, confirmed by the provider and made active by the schedule. */
async function activeContract(certificate: { number: string; password: string }, groupId: string) {
  await confirmedContract(shared.app.webUrl, certificate, groupId);
  await runContractSweep(shared.app);
}

describe('prolongation through the navigator', () => {
  it('the provider prolongs, the holder sees it waiting, 7 days later it is accepted by itself and in «Действующие»', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const { firstGroupId } = await arrangeProgram();
    await activeContract(certificate, firstGroupId);

    const provider = await shared.browser.newPage();
    await signInToNavigator(provider.page, shared.app.webUrl, 'provider@demo.ru');
    await provider.page.goto(`${shared.app.webUrl}/navigator/contracts`);
    await provider.page.getByRole('heading', { name: 'Заявки на обучение', level: 1 }).waitFor();
    await provider.page.getByRole('tab', { name: 'Действующие' }).click();
    const active = provider.page.getByTestId('contract-card').filter({ hasText: certificate.number });
    await active.getByRole('button', { name: 'Пролонгировать' }).click();
    await provider.page.getByRole('tab', { name: 'Ожидающие подтверждения' }).click();
    const prolonged = provider.page
      .getByTestId('contract-card')
      .filter({ hasText: certificate.number })
      .filter({ hasText: 'Пролонгация договора на новый период' });
    await prolonged.waitFor();
    // The holder accepts a prolongation, not the provider.
    assert.equal(await prolonged.getByRole('button', { name: 'Подтвердить' }).count(), 0);
    await expectAccessible(provider.page, 'the provider’s prolongation');
    await provider.context.close();

    const holder = await shared.browser.newPage();
    await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
    await holder.page.goto(`${shared.app.webUrl}/navigator/contracts`);
    await holder.page.getByRole('heading', { name: 'Договоры', level: 1 }).waitFor();
    const waiting = holder.page.getByTestId('contract-card').filter({ hasText: PROGRAM });
    await waiting
      .getByText(
        'Пролонгация договора на новый период. Если вы не откажетесь, договор будет считаться принятым 22.11.2026 ' +
          'и вступит в силу с 21.11.2026.',
      )
      .waitFor();
    await waiting.getByRole('button', { name: 'Принять' }).waitFor();
    await waiting.getByRole('button', { name: 'Отменить заявку' }).waitFor();
    await expectAccessible(holder.page, 'a prolongation waiting (desktop)');
    await screenshot(holder.page, 'navigator-prolongation-01-waiting');
    await holder.page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(holder.page, 'a prolongation waiting at 375 px');
    await expectNoSidewaysScroll(holder.page, 'a prolongation waiting at 375 px');

    // Six days: still waiting.
    await setNavigatorClock(shared.app, '2026-11-21T12:00:00+07:00');
    await runContractSweep(shared.app);
    await holder.page.reload();
    await waiting.getByRole('button', { name: 'Принять' }).waitFor();

    // Seven days, no refusal: accepted by itself and in force since its start date.
    await setNavigatorClock(shared.app, '2026-11-22T12:00:00+07:00');
    await runContractSweep(shared.app);
    await holder.page.reload();
    await holder.page.getByRole('tab', { name: 'Действующие' }).click();
    const inForce = holder.page.getByTestId('contract-card').filter({ hasText: 'Зимняя группа' });
    await inForce.getByText('Договор действует').waitFor();
    await expectAccessible(holder.page, '«Действующие» at 375 px');
    await expectNoSidewaysScroll(holder.page, '«Действующие» at 375 px');
    await holder.page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(holder.page, '«Действующие» (desktop)');
    await screenshot(holder.page, 'navigator-prolongation-02-active');

    await holder.page
      .getByRole('navigation', { name: 'Кабинет сертификата' })
      .getByRole('link', { name: 'Кабинет' })
      .click();
    await holder.page
      .getByText(/отказа не поступило в течение 7 дней/)
      .first()
      .waitFor();
    await holder.context.close();
  });
});
