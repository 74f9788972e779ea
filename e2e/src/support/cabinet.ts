import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './axe';

export const DEMO_PASSWORD = 'demo2026';

/**
 * The input a label names. Required fields' labels end in «*» (hidden from screen readers, which hear
 * «required» instead); Playwright's getByLabel reads the label's plain text, so the star is allowed for.
 */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

export async function expectAccessible(page: Page, where: string): Promise<void> {
  assert.deepEqual(await seriousAccessibilityViolations(page), [], `serious or critical axe violations on ${where}`);
}

export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflows = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  const culprits = overflows
    ? await page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      )
    : [];
  assert.equal(overflows, false, `no sideways scrolling on ${where}; too wide: ${culprits.join(', ')}`);
}

/** «Вход в личный кабинет»: «Логин», «Пароль», «Войти». */
export async function signIn(page: Page, login: string): Promise<void> {
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** The top menu's «Услуги» → «Дополнительное образование». */
export async function openAdditionalEducation(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Личный кабинет' }).getByRole('link', { name: 'Услуги' }).click();
  await page.getByRole('heading', { name: 'Услуги', level: 1 }).waitFor();
  await page.getByRole('link', { name: /Дополнительное образование/ }).click();
  await page.getByRole('heading', { name: 'Дополнительное образование', level: 1 }).waitFor();
}

export function childCard(page: Page, childName: string) {
  return page.getByRole('region', { name: childName });
}

export interface DocumentInput {
  series: string;
  seriesLabel: string;
  number: string;
  issueDate: string;
  issuedBy: string;
  file: { name: string; mimeType: string; buffer: Buffer };
}

/** «Продолжить» to the next step of «Описание документа» (one thing per page), «Шаг n из 4». */
export async function continueDocument(page: Page, nextStep: number): Promise<void> {
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByText(`Шаг ${nextStep} из 4`, { exact: true }).waitFor();
}

/**
 * «Описание документа», filled in step by step from the type's step (the type proposed is kept) to the scan's,
 * where «Добавить» is; the scan is checked on choosing, so wait for «загружен».
 */
export async function fillDocument(page: Page, document: DocumentInput): Promise<void> {
  await continueDocument(page, 2);
  await field(page, document.seriesLabel).fill(document.series);
  await field(page, 'Номер').fill(document.number);
  await continueDocument(page, 3);
  await field(page, 'Дата выдачи документа').fill(document.issueDate);
  await field(page, 'Место выдачи').fill(document.issuedBy);
  await continueDocument(page, 4);
  await field(page, 'Документ').setInputFiles(document.file);
  await page.getByText(`Файл «${document.file.name}» загружен`).waitFor();
}

/** The error message an input is described by (the message next to it). */
export async function describedErrorOf(page: Page, label: string): Promise<string> {
  const input = field(page, label);
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  assert.ok(errorId, `«${label}» is described by an error message`);
  // Without the «Ошибка: » said to screen readers only.
  return ((await page.locator(`[id="${errorId}"]`).textContent()) ?? '').replace(/^Ошибка: /, '');
}

/** «Получение сертификата ПДО» with the keyboard only: the group select, Tab, Tab to the button, Enter. */
export async function issueCertificateByKeyboard(page: Page, groupName: string): Promise<void> {
  const group = field(page, 'Группа сертификата');
  await group.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await group.locator('option:checked').textContent(), groupName);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Получить сертификат');
  await page.keyboard.press('Enter');
}

export const NOVOKUZNETSK_GROUP =
  'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа';

/** The session cookie of `login` (a demo account, or a holder with his certificate's password), as /graphql sets it. */
export async function sessionCookie(webUrl: string, login: string, password: string = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
      variables: { l: login, p: password },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith('pfdo_session='));
  assert.ok(cookie, `${login} is signed in`);
  return cookie;
}
