import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { describedErrorOf, expectAccessible, expectNoSidewaysScroll, field } from './support/cabinet';
import {
  confirmDialog,
  createNewCertificateApplication,
  randomDigits,
  randomSurname,
  searchRegister,
  signInToRegistry,
  yearsAgo,
} from './support/registry';

/** The operator cabinet's browser tests share one stack; each test builds on the one before. */
const shared = shareAppAndBrowser();

const child = {
  surname: randomSurname('Кузнецов'),
  series: 'II-ЛО',
  number: randomDigits(6),
};
let firstNumber = '';

async function chooseFirstGroup(page: Page): Promise<void> {
  const group = field(page, 'Группа сертификата');
  await group.locator('option').nth(1).waitFor({ state: 'attached' });
  await group.selectOption({ index: 1 });
}

/** «Отправить» on «Создать заявку»: the created application's number, or the form's error as the failure. */
async function submitApplication(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Отправить' }).click();
  const created = page.getByTestId('created-number');
  const failed = page.locator('.error-summary');
  await created.or(failed).first().waitFor();
  if (await failed.count()) {
    const fieldErrors = await page.locator('.field-error:not(:empty)').allTextContents();
    assert.fail(`«Создать заявку» failed: ${await failed.first().textContent()} ${fieldErrors.join('; ')}`);
  }
  return (await created.textContent()) ?? '';
}

async function tickConsents(page: Page): Promise<void> {
  await page.getByLabel('Согласие на обработку персональных данных').check();
  await page.getByLabel('Согласие с правилами персонифицированного финансирования').check();
}

describe('the operator cabinet at /registry', () => {
  it('lets org@demo.ru create an application for a new certificate and record «Документы получены»', async () => {
    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry`);
    await expectAccessible(page, 'the registry sign-in');
    await signInToRegistry(page, 'org@demo.ru');
    await page
      .getByRole('navigation', { name: 'Реестр сертификатов' })
      .getByRole('link', { name: 'Создать заявку' })
      .click();
    await page.getByRole('heading', { name: 'Создать заявку', level: 1 }).waitFor();
    assert.equal(await page.getByLabel('Получить сертификат').isChecked(), true);
    assert.match((await field(page, 'Муниципалитет').locator('option:checked').textContent()) ?? '', /Новокузнецк/);

    // Sent empty, the form names what is missing at the top, linked to each field, and next to each field.
    await page.getByRole('button', { name: 'Отправить' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const surnameError = await describedErrorOf(page, 'Фамилия');
    assert.notEqual(surnameError, '');
    assert.notEqual(await describedErrorOf(page, 'ФИО заявителя'), '');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    assert.match(await page.title(), /^Ошибка: /);
    await summary
      .getByRole('link', { name: surnameError.replace(/^Ошибка: /, '') })
      .first()
      .click();
    assert.equal(await page.locator(':focus').getAttribute('name'), 'child.surname');

    await field(page, 'Фамилия').fill(child.surname);
    await field(page, 'Имя').fill('Максим');
    await field(page, 'Отчество').fill('Андреевич');
    await field(page, 'Дата рождения').fill(yearsAgo(9));
    await field(page, 'Серия').fill(child.series);
    await field(page, 'Номер').fill(child.number);
    await field(page, 'Дата выдачи').fill(yearsAgo(8));
    await field(page, 'Место выдачи').fill('Отдел ЗАГС г. Новокузнецка');
    await field(page, 'ФИО заявителя').fill('Кузнецова Ирина Олеговна');
    await field(page, 'E-mail').fill('irina@example.ru');
    await field(page, 'Телефон').fill('+7 905 111-22-33');
    await chooseFirstGroup(page);
    await tickConsents(page);
    await expectAccessible(page, '«Создать заявку»');
    await screenshot(page, 'registry-01-create-form');
    firstNumber = await submitApplication(page);
    assert.match(firstNumber, /^\d{8}$/);
    assert.match((await page.getByTestId('navigator-login').textContent()) ?? '', /^\d{10}$/);
    await page.getByText('отправлены на электронную почту организации').waitFor();
    await expectAccessible(page, 'the created application');
    await screenshot(page, 'registry-02-created');

    const printed = await page.request.get(
      `${shared.app.webUrl}${await page.getByRole('link', { name: 'Распечатать заявление' }).getAttribute('href')}`,
    );
    assert.equal(printed.status(), 200);
    assert.match(printed.headers()['content-type'] ?? '', /application\/pdf/);

    await page.getByRole('link', { name: 'Перейти к заявке' }).click();
    await page.getByRole('heading', { name: `Заявка № ${firstNumber}` }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Подтвердить персональные данные' }).count(), 0);
    await page.getByRole('button', { name: 'Документы получены' }).click();
    await expectAccessible(page, 'the «Документы получены» dialog');
    await confirmDialog(page);
    const received = (await page.getByTestId('documents-received').textContent()) ?? '';
    assert.match(received, /^Документы получены \d{1,2} [а-я]+ \d{4} г\. организацией .+/);
    assert.equal(await page.getByRole('button', { name: 'Подтвердить персональные данные' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Документы получены' }).count(), 0);
    await expectAccessible(page, 'the application page');
    await screenshot(page, 'registry-03-documents-received');
    await context.close();
  });

  it('lets org-pd@demo.ru find it by number and confirm the personal data, on a phone', async () => {
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    await page.goto(`${shared.app.webUrl}/registry/applications`);
    await signInToRegistry(page, 'org-pd@demo.ru');
    await page.getByRole('heading', { name: 'Заявки', level: 1 }).waitFor();
    await searchRegister(page, { 'Номер заявки': firstNumber });
    await page.getByTestId('register-row').first().waitFor();
    assert.equal(await page.getByTestId('register-row').count(), 1);
    await expectAccessible(page, 'the register');
    await expectNoSidewaysScroll(page, 'the register at 375 px');
    await screenshot(page, 'registry-04-register-phone');

    await page.getByRole('link', { name: `Подробнее о заявке № ${firstNumber}` }).click();
    await page.getByRole('heading', { name: `Заявка № ${firstNumber}`, level: 1 }).waitFor();
    // A second tab on the same application, left open: it will be out of date.
    const stale = await context.newPage();
    await stale.goto(page.url());
    await stale.getByRole('button', { name: 'Подтвердить персональные данные' }).waitFor();

    await page.getByRole('button', { name: 'Подтвердить персональные данные' }).click();
    await confirmDialog(page);
    await page.getByText('Персональные данные подтверждены').first().waitFor();
    assert.match((await page.getByTestId('application-status').textContent()) ?? '', /подтвержден/i);
    assert.equal(await page.getByTestId('certificate-status').textContent(), 'Активирован');
    await expectNoSidewaysScroll(page, 'the application page at 375 px');
    await screenshot(page, 'registry-05-confirmed-phone');

    // The stale tab tries again: the server's «Заявка уже обработана» is shown, and the page catches up.
    await stale.getByRole('button', { name: 'Подтвердить персональные данные' }).click();
    await confirmDialog(stale);
    await stale
      .getByRole('alert')
      .filter({ hasText: /Заявка уже обработана/ })
      .waitFor();
    await stale.getByRole('button', { name: 'Подтвердить персональные данные' }).waitFor({ state: 'detached' });
    assert.equal(await stale.getByTestId('certificate-status').textContent(), 'Активирован');
    await screenshot(stale, 'registry-05b-already-processed-phone');
    await stale.close();

    // The back button returns to the register with the search kept, rendered afresh on the server: the
    // application, confirmed now, has left «Все неподтвержденные».
    await page.goBack();
    await page.getByRole('heading', { name: 'Заявки', level: 1 }).waitFor();
    assert.equal(await field(page, 'Номер заявки').inputValue(), firstNumber);
    assert.equal(await page.getByTestId('register-total').textContent(), '0');
    await context.close();
  });

  it('lets operator@demo.ru search by document, refuse with a reason, and confirm a move from Кемерово', async () => {
    const refused = await createNewCertificateApplication(shared.app.webUrl, 'operator@demo.ru');
    const kemerovo = await createNewCertificateApplication(shared.app.webUrl, 'operator-kem@demo.ru');

    const { page, context } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry/applications?tab=ALL`);
    await signInToRegistry(page, 'operator@demo.ru');
    await searchRegister(page, { 'Серия документа': child.series, 'Номер документа': child.number });
    await page.getByTestId('register-row').first().waitFor();
    assert.match((await page.getByTestId('register-row').first().textContent()) ?? '', new RegExp(firstNumber));
    await page
      .getByText(/Ребёнку уже выдан сертификат № \d{10} в муниципалитете .*Новокузнецк/)
      .first()
      .waitFor();
    await expectAccessible(page, 'the register with a document search');
    await screenshot(page, 'registry-06-search-by-document');

    // «Редактировать» before confirmation: the corrected name is shown at once.
    await page.goto(`${shared.app.webUrl}/registry/applications/${refused.number}`);
    await page.getByRole('button', { name: 'Редактировать' }).click();
    await field(page, 'Имя').fill('Пётр');
    await expectAccessible(page, '«Редактирование заявки»');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Изменения сохранены').waitFor();
    await page
      .getByText(/Пётр Игоревич/)
      .first()
      .waitFor();

    // «Отказать» needs a reason, which the page then shows.
    await page.getByRole('button', { name: 'Отказать' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ОК' }).click();
    await page.getByText('Укажите причину отказа').waitFor();
    await field(page, 'Причина отказа').fill('Документы не представлены');
    await page.getByRole('dialog').getByRole('button', { name: 'ОК' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('refusal-reason').textContent(), 'Документы не представлены');
    await expectAccessible(page, 'a refused application');
    await screenshot(page, 'registry-07-refused');
    await page.getByRole('link', { name: 'Заявка на новый сертификат' }).click();
    await page.getByRole('heading', { name: 'Создать заявку', level: 1 }).waitFor();
    assert.equal(await page.getByLabel('Получить сертификат').isChecked(), true);
    await page.goBack();
    await page.getByTestId('refusal-reason').waitFor();

    // A change of municipality into Новокузнецк for the Кемерово certificate.
    await page
      .getByRole('navigation', { name: 'Реестр сертификатов' })
      .getByRole('link', { name: 'Создать заявку' })
      .click();
    await page.getByLabel('Внести изменения в связи со сменой муниципалитета проживания').check();
    await field(page, 'Номер сертификата').fill(kemerovo.certificateNumber);
    await chooseFirstGroup(page);
    await field(page, 'ФИО заявителя').fill('Сидорова Елена Петровна');
    await tickConsents(page);
    const changeNumber = await submitApplication(page);
    assert.match(changeNumber, /^\d{8}$/);

    // Кемерово sees it as outgoing, with no buttons.
    const kem = await shared.browser.newPage();
    await kem.page.goto(
      `${shared.app.webUrl}/registry/applications?tab=ALL&certificateNumber=${kemerovo.certificateNumber}`,
    );
    await signInToRegistry(kem.page, 'operator-kem@demo.ru');
    const outgoingRow = kem.page.getByTestId('register-row').filter({ hasText: changeNumber });
    await outgoingRow.waitFor();
    assert.match((await outgoingRow.textContent()) ?? '', /Исходящий/);
    await kem.page.getByRole('link', { name: `Подробнее о заявке № ${changeNumber}` }).click();
    await kem.page.getByRole('heading', { name: `Заявка № ${changeNumber}`, level: 1 }).waitFor();
    await kem.page.getByText('Заявку подтверждает оператор нового муниципалитета').waitFor();
    for (const name of ['Подтвердить персональные данные', 'Отказать', 'Документы получены', 'Редактировать']) {
      assert.equal(await kem.page.getByRole('button', { name }).count(), 0, `no «${name}» for the old municipality`);
    }
    await expectAccessible(kem.page, 'an outgoing application');
    await screenshot(kem.page, 'registry-08-outgoing');
    await kem.context.close();

    await page.getByRole('link', { name: 'Перейти к заявке' }).click();
    await page.getByRole('heading', { name: `Заявка № ${changeNumber}` }).waitFor();
    await page.getByRole('button', { name: 'Подтвердить персональные данные' }).click();
    await confirmDialog(page);
    await page.getByText('Персональные данные подтверждены').first().waitFor();
    assert.match((await page.getByTestId('application-status').textContent()) ?? '', /подтвержден/i);
    await page
      .getByText(/Новокузнецк/)
      .first()
      .waitFor();

    // «Отправить в ПФДО»: the municipal operator hands the certificate to the navigator.
    await page.getByRole('button', { name: 'Отправить в ПФДО' }).click();
    await page.getByText(/^Данные отправлены в ПФДО \d/).waitFor();
    await expectAccessible(page, 'a confirmed application sent to the navigator');
    await screenshot(page, 'registry-09-move-confirmed');
    await context.close();
  });

  it('sends a citizen who signs in here to «Личный кабинет граждан»', async () => {
    const { page, context } = await shared.browser.newPage({ width: 375, height: 740 });
    await page.goto(`${shared.app.webUrl}/registry/applications`);
    await page.getByLabel('Логин').fill('parent');
    await page.getByLabel('Пароль').fill('demo2026');
    await page.getByRole('button', { name: 'Войти' }).click();
    // The notice's own link: the site header has one of the same name on every page.
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Реестр сертификатов — для организаций по приёму заявлений' });
    const cabinetLink = notice.getByRole('link', { name: 'Личный кабинет граждан', exact: true });
    await cabinetLink.waitFor();
    assert.equal(await cabinetLink.getAttribute('href'), '/cabinet');
    assert.equal(await page.getByRole('navigation', { name: 'Реестр сертификатов' }).count(), 0);
    await expectAccessible(page, 'the registry for a citizen');
    await screenshot(page, 'registry-10-citizen-sent-away');
    await context.close();
  });
});
