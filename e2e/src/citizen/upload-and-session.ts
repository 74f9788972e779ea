import assert from 'node:assert/strict';
import type { RunningApp } from '../support/app';
import { screenshot, type TestBrowser } from '../support/browser';
import { childCard, continueDocument, describedErrorOf, expectAccessible, field, signIn } from '../support/cabinet';
import { daysAgo, randomDocumentNumber, TINY_PNG } from '../support/files';

const SOFIA = 'Иванова Софья Андреевна';
const FORMAT_MESSAGE = 'Неподдерживаемый формат файла. Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF';

/** A text file named .jpg; then the session ends while the parent fills the form in. */
export async function badUploadAndExpiredSession(app: RunningApp, browser: TestBrowser): Promise<void> {
  const { page, context } = await browser.newPage();
  // A deep address while signed out: the sign-in form, then that very page.
  await page.goto(`${app.webUrl}/cabinet/services/additional-education`);
  await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
  await signIn(page, 'parent');
  await childCard(page, SOFIA).waitFor();

  // The simple pages of the top menu; «Дети» last, for its link to Софья's application.
  for (const [item, file] of [
    ['Обо мне', 'about'],
    ['Почта', 'mail'],
    ['Дети', 'children'],
  ]) {
    await page.getByRole('navigation', { name: 'Личный кабинет' }).getByRole('link', { name: item }).click();
    await page.getByRole('heading', { name: item, level: 1 }).waitFor();
    await expectAccessible(page, `«${item}»`);
    await screenshot(page, `citizen-15-${file}`);
  }
  await page.getByRole('heading', { name: SOFIA }).waitFor();
  const applicationHref = await page
    .getByRole('link', { name: `Дополнительное образование: ${SOFIA}` })
    .getAttribute('href');
  await page.goto(`${app.webUrl}${applicationHref!.replace(/\/application$/, '/document')}`);
  await page.getByRole('heading', { name: 'Описание документа' }).waitFor();

  const number = randomDocumentNumber();
  // One thing per page; each step checks its own inputs before the next.
  await continueDocument(page, 2);
  await field(page, 'Номер').fill(number);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.locator('.error-summary').getByRole('link', { name: 'Укажите серию свидетельства о рождении' }).waitFor();
  assert.equal(await field(page, 'Номер').inputValue(), number);
  await field(page, 'Серия свидетельства о рождении').fill('III-ЛО');
  await continueDocument(page, 3);
  await field(page, 'Дата выдачи документа').fill(daysAgo(7 * 365));
  await field(page, 'Место выдачи').fill('Отдел ЗАГС Куйбышевского района г. Новокузнецка');
  await continueDocument(page, 4);
  await field(page, 'Документ').setInputFiles({
    name: 'scan.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('Это текст, а не фотография документа'),
  });
  await page.getByText(FORMAT_MESSAGE).waitFor();
  assert.equal(await describedErrorOf(page, 'Документ'), FORMAT_MESSAGE);
  await expectAccessible(page, 'the bad upload');
  await screenshot(page, 'citizen-12-bad-upload');
  await page.getByRole('button', { name: 'Добавить' }).click();
  await page.locator('.error-summary').getByRole('link', { name: FORMAT_MESSAGE }).waitFor();
  assert.equal(await describedErrorOf(page, 'Документ'), FORMAT_MESSAGE);

  await field(page, 'Документ').setInputFiles({ name: 'svidetelstvo-2.png', mimeType: 'image/png', buffer: TINY_PNG });
  await page.getByText('Файл «svidetelstvo-2.png» загружен').waitFor();
  // The server forgets the session (an unknown token stands for an expired one).
  await context.addCookies([{ name: 'pfdo_session', value: 'expiredSessionToken'.padEnd(43, 'x'), url: app.webUrl }]);
  await page.getByRole('button', { name: 'Добавить' }).click();
  await page.getByText('Сеанс работы завершён. Войдите снова — вы вернётесь на эту же страницу.').waitFor();
  await expectAccessible(page, 'the expired session');
  await screenshot(page, 'citizen-13-session-expired');
  await signIn(page, 'parent');
  await page.getByRole('heading', { name: 'Описание документа' }).waitFor();
  // What was typed on the earlier steps is kept.
  await page.getByRole('button', { name: 'Назад' }).click();
  await page.getByRole('button', { name: 'Назад' }).click();
  assert.equal(await field(page, 'Номер').inputValue(), number);
  assert.equal(await field(page, 'Серия свидетельства о рождении').inputValue(), 'III-ЛО');
  await continueDocument(page, 3);
  await continueDocument(page, 4);
  await page.getByRole('button', { name: 'Добавить' }).click();
  const added = page.getByRole('heading', { name: /^Сертификат: \d{10}$/ });
  const refused = page.locator('.error-summary');
  await added.or(refused).first().waitFor();
  assert.equal(await refused.count(), 0, `«Добавить» refused: ${await refused.textContent().catch(() => '')}`);
  assert.ok(page.url().endsWith(applicationHref!));
  await context.close();
}
