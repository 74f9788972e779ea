import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { hashPassword } from '@pfdo/platform';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { DEMO_PASSWORD, expectAccessible, expectNoSidewaysScroll, field, signIn } from './support/cabinet';
import { createNewCertificateApplication, graphqlAs, signInToRegistry } from './support/registry';

/** Issue 14: who read the child's data, a change request filed by the parent, the account's settings. */
const shared = shareAppAndBrowser();

async function expectAccessibleAtBothSizes(page: Page, where: string): Promise<void> {
  await expectAccessible(page, `${where} (desktop)`);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page, `${where} (375 px)`);
  await expectNoSidewaysScroll(page, `${where} (375 px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * A citizen account of this test's own, and a child of it with an activated certificate: the registry enters and
 * confirms the application (as at a reception desk), and the school's data link the child to the citizen.
 */
async function citizenWithCertificate() {
  const login = `parent-${randomUUID().slice(0, 8)}`;
  const userId = randomUUID();
  const created = await createNewCertificateApplication(shared.app.webUrl, 'operator@demo.ru');
  const operator = await graphqlAs(shared.app.webUrl, 'operator@demo.ru');
  await operator(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, { id: created.id });
  const db = new Client({ connectionString: shared.app.databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
       SELECT $1, $2, $3, 'Сидорова Елена Петровна', 'CITIZEN', municipality_id FROM certificates.applications WHERE id = $4`,
      [userId, login, await hashPassword(DEMO_PASSWORD), created.id],
    );
    const { rows } = await db.query(
      `INSERT INTO certificates.child_guardians (child_id, user_id, relation)
       SELECT child_id, $1, 'PARENT' FROM certificates.applications WHERE id = $2 RETURNING child_id`,
      [userId, created.id],
    );
    return { login, childId: rows[0].child_id as string, created };
  } finally {
    await db.end();
  }
}

async function openCertificate(page: Page, childId: string) {
  await page.goto(`${shared.app.webUrl}/cabinet/children/${childId}/application`);
  await page.getByRole('heading', { name: /^Сертификат: \d{10}$/ }).waitFor();
}

describe('the citizen portal, round two', () => {
  it('lists the registry operator’s reading of the child’s data in «Кто просматривал данные»', async () => {
    const { login, childId, created } = await citizenWithCertificate();

    // The registry's operator opens the application: he reads the child's name, birth date and document.
    const registry = await shared.browser.newPage();
    await registry.page.goto(`${shared.app.webUrl}/registry/applications/${created.number}`);
    await signInToRegistry(registry.page, 'operator@demo.ru');
    await registry.page.getByRole('heading', { level: 1, name: `Заявка № ${created.number}` }).waitFor();
    await registry.context.close();

    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/cabinet`);
    await signIn(page, login);
    await page.getByRole('navigation', { name: 'Личный кабинет' }).waitFor();
    await openCertificate(page, childId);
    await page.getByRole('link', { name: 'Кто просматривал данные ребёнка' }).click();
    await page.getByRole('heading', { level: 1, name: /^Кто просматривал данные: / }).waitFor();
    const reads = page.getByRole('list', { name: 'Обращения к данным ребёнка, новые сначала' });
    const first = ((await reads.getByRole('listitem').first().textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(first, /Кто: .+ \(Оператор реестра муниципалитета\)/);
    assert.match(first, /ФИО ребёнка/);
    assert.match(first, new RegExp(`По какой заявке: № ${created.number}`));
    await expectAccessibleAtBothSizes(page, '«Кто просматривал данные»');
    await screenshot(page, 'citizen-round-two-01-data-reads');
    await context.close();
  });

  it('lets the parent file a change of group, which the registry confirms, and shows it in «История заявок»', async () => {
    const { login, childId } = await citizenWithCertificate();
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/cabinet`);
    await signIn(page, login);
    await page.getByRole('navigation', { name: 'Личный кабинет' }).waitFor();
    await openCertificate(page, childId);
    const groupBefore = ((await page.locator('main').textContent()) ?? '').match(
      /Группа сертификата: ([^\n]+?)Дата/,
    )?.[1];
    await page.getByRole('link', { name: 'Подать заявку на изменение сертификата' }).click();
    await page.getByRole('heading', { level: 1, name: 'Заявка на изменение сертификата' }).waitFor();

    // Sent empty: the error summary names the question.
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    await page.locator('.error-summary').getByRole('link', { name: 'Выберите, что вы хотите сделать' }).waitFor();

    await page.getByLabel('Изменить группу сертификата').check();
    const group = field(page, 'Группа сертификата');
    const options = await group.locator('option').allTextContents();
    assert.ok(options.length >= 2, `another group to choose: ${options.join(' | ')}`);
    await group.selectOption({ index: 1 });
    const chosen = options[1];
    await page.getByLabel('Согласен(а) на обработку персональных данных').check();
    await page.getByLabel('С правилами персонифицированного финансирования ознакомлен(а) и согласен(а)').check();
    await expectAccessibleAtBothSizes(page, 'the change request form');
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    const filed = page.getByText(/Заявка № \d{8} отправлена в реестр сертификатов/);
    await filed.waitFor();
    const number = ((await filed.textContent()) ?? '').match(/№ (\d{8})/)![1];
    await screenshot(page, 'citizen-round-two-02-change-filed');

    const operator = await graphqlAs(shared.app.webUrl, 'operator@demo.ru');
    const { application } = await operator(`query ($n: String!) { application(number: $n) { id kind } }`, {
      n: number,
    });
    assert.equal(application.kind, 'CHANGE_GROUP');
    await operator(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, {
      id: application.id,
    });

    await openCertificate(page, childId);
    const history = page.getByRole('list', { name: 'История заявок' });
    assert.match((await history.textContent()) ?? '', new RegExp(`№ ${number} от .+ — Изменить группу сертификата`));
    const panel = (await page.locator('main').textContent()) ?? '';
    assert.ok(panel.includes(`Группа сертификата: ${chosen}`), `the new group on the panel (was ${groupBefore})`);
    await context.close();
  });

  it('says why a reception organization without the personal-data right sees a document’s numbers hidden', async () => {
    const created = await createNewCertificateApplication(shared.app.webUrl, 'operator@demo.ru');
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/applications/${created.number}`);
    await signInToRegistry(page, 'org@demo.ru');
    await page.getByRole('heading', { level: 1, name: `Заявка № ${created.number}` }).waitFor();
    const facts = (await page.locator('main').textContent()) ?? '';
    assert.ok(!facts.includes(created.documentNumber), 'the number itself is not shown');
    assert.match(facts, /№ \*{6} \(скрыто: нет права на просмотр персональных данных\)/);
    await context.close();
  });

  it('keeps what an operator typed in «Создать заявку» when his session ends before he sends it', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/applications/new`);
    await signInToRegistry(page, 'org@demo.ru');
    await page.getByRole('heading', { name: 'Создать заявку', level: 1 }).waitFor();
    const surname = `Сеансова${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 4)}`;
    await field(page, 'Фамилия').fill(surname);
    await field(page, 'Имя').fill('Мария');
    await field(page, 'Дата рождения').fill('2016-03-01');
    await field(page, 'Серия').fill('II-ЛО');
    await field(page, 'Номер').fill(String(100000 + Math.floor(Math.random() * 899999)));
    await field(page, 'Дата выдачи').fill('2016-04-01');
    await field(page, 'Место выдачи').fill('Отдел ЗАГС г. Новокузнецка');
    await field(page, 'ФИО заявителя').fill('Сеансова Ольга Ивановна');
    const group = field(page, 'Группа сертификата');
    await group.locator('option').nth(1).waitFor({ state: 'attached' });
    await group.selectOption({ index: 1 });
    await page.getByLabel('Согласие на обработку персональных данных').check();
    await page.getByLabel('Согласие с правилами персонифицированного финансирования').check();

    // The server forgets the session (an unknown token stands for an expired one) before «Отправить».
    await context.addCookies([
      { name: 'pfdo_session', value: 'expiredSessionToken'.padEnd(43, 'x'), url: shared.app.webUrl },
    ]);
    await page.getByRole('button', { name: 'Отправить' }).click();
    await page.getByText('Сеанс работы завершён. Войдите снова — вы вернётесь на эту же страницу.').waitFor();
    await expectAccessible(page, 'the registry’s expired session');
    await signInToRegistry(page, 'org@demo.ru');
    assert.equal(await field(page, 'Фамилия').inputValue(), surname);
    assert.equal(await field(page, 'ФИО заявителя').inputValue(), 'Сеансова Ольга Ивановна');
    await context.close();
  });

  it('ends the account’s other sessions when the password is changed in «Изменить пароль»', async () => {
    const { login } = await citizenWithCertificate();
    const here = await shared.browser.newPage();
    const elsewhere = await shared.browser.newPage();
    for (const { page } of [here, elsewhere]) {
      await page.goto(`${shared.app.webUrl}/cabinet`);
      await signIn(page, login);
      await page.getByRole('navigation', { name: 'Личный кабинет' }).waitFor();
    }
    const page = here.page;
    await page.getByRole('navigation', { name: 'Личный кабинет' }).getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('navigation', { name: 'Настройки' }).getByRole('link', { name: 'Изменить пароль' }).click();
    await page.getByRole('heading', { level: 1, name: 'Изменить пароль' }).waitFor();

    await field(page, 'Текущий пароль').fill('не-тот-пароль');
    await field(page, 'Новый пароль').fill('NovyiParol2026');
    await field(page, 'Повторите новый пароль').fill('NovyiParol2026');
    await page.getByRole('button', { name: 'Изменить пароль' }).click();
    await page.locator('.error-summary').getByRole('link', { name: 'Неверный текущий пароль' }).waitFor();
    await expectAccessibleAtBothSizes(page, '«Изменить пароль» with an error');

    await field(page, 'Текущий пароль').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Изменить пароль' }).click();
    await page.getByText('Пароль изменён.').waitFor();

    // The other browser is signed out at its next request; this one goes on.
    await elsewhere.page.goto(`${shared.app.webUrl}/cabinet/children`);
    await elsewhere.page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
    await page.goto(`${shared.app.webUrl}/cabinet/children`);
    await page.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
    await screenshot(page, 'citizen-round-two-03-password-changed');
    await here.context.close();
    await elsewhere.context.close();
  });
});
