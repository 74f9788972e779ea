import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { RunningApp } from '../support/app';
import { screenshot, type TestBrowser } from '../support/browser';
import {
  childCard,
  expectAccessible,
  field,
  expectNoSidewaysScroll,
  fillDocument,
  NOVOKUZNETSK_GROUP,
  openAdditionalEducation,
  signIn,
} from '../support/cabinet';
import { daysAgo, randomDocumentNumber, TINY_GIF } from '../support/files';
import { confirmationLinkOf, uniqueEmail, waitForMailTo } from '../support/mail';

const ARTEM = 'Иванов Артём Андреевич';

/** Each step at 375 px: accessible, no sideways scrolling, and a screenshot. */
async function phoneStep(page: Page, name: string): Promise<void> {
  await expectNoSidewaysScroll(page, name);
  await expectAccessible(page, name);
  await screenshot(page, `teen-phone-${name}`);
}

/**
 * Артём, 15, applies for himself on a phone. Meanwhile his parent opens Артём's application and sends it
 * only after Артём has his certificate: the API refuses the second one, and the page says why.
 */
export async function teenAndRefusedParent(app: RunningApp, browser: TestBrowser): Promise<void> {
  const { page, context } = await browser.newPage({ width: 375, height: 740 });
  await page.goto(`${app.webUrl}/cabinet`);
  await page.getByLabel('Логин').waitFor();
  await phoneStep(page, '01-sign-in');
  await signIn(page, 'teen');
  await openAdditionalEducation(page);
  await childCard(page, ARTEM).getByText('Сертификата нет').waitFor();
  await phoneStep(page, '02-children');

  await childCard(page, ARTEM).getByRole('link', { name: 'Подать заявку на сертификат' }).click();
  await page.getByRole('link', { name: 'Предоставить документ' }).click();
  await page.getByRole('heading', { name: 'Описание документа' }).waitFor();
  assert.equal(await page.getByLabel('Паспорт гражданина РФ').isChecked(), true, 'a passport is offered first at 15');
  await fillDocument(page, {
    seriesLabel: 'Серия паспорта',
    series: '3215',
    number: randomDocumentNumber(),
    issueDate: daysAgo(30),
    issuedBy: 'ГУ МВД России по Кемеровской области — Кузбассу',
    file: { name: 'pasport.gif', mimeType: 'image/gif', buffer: TINY_GIF },
  });
  await phoneStep(page, '03-document-form');
  await page.getByRole('button', { name: 'Добавить' }).click();
  await page.getByText('Для получения сертификата ПДО необходимо подтвердить электронную почту.').waitFor();
  await phoneStep(page, '04-email');

  // The parent, on a computer, opens Артём's application too and types his address.
  const parent = await browser.newPage();
  await parent.page.goto(`${app.webUrl}/cabinet`);
  await signIn(parent.page, 'parent');
  await openAdditionalEducation(parent.page);
  await childCard(parent.page, ARTEM).getByRole('link', { name: 'Подать заявку на сертификат' }).click();
  await field(parent.page, 'Электронная почта').fill(uniqueEmail('marina'));

  const address = uniqueEmail('artem');
  await field(page, 'Электронная почта').fill(address);
  await page.getByRole('button', { name: 'Отправить заявку' }).click();
  await page.getByText('Заявка на сертификат не подтверждена.').waitFor();
  await phoneStep(page, '05-unconfirmed');

  // Артём follows the link on the same phone, where he is signed in: straight to his application.
  const [mail] = await waitForMailTo(app.mailUrl, address);
  await page.goto(confirmationLinkOf(mail));
  await page.getByText('Заявка на сертификат подтверждена. Теперь Вы можете получить сертификат.').waitFor();
  await page.getByRole('heading', { name: ARTEM, level: 1 }).waitFor();
  await phoneStep(page, '06-confirmed');
  await page.getByRole('link', { name: 'Получить сертификат' }).click();
  await field(page, 'Группа сертификата').selectOption({ label: NOVOKUZNETSK_GROUP });
  const chosenDocument = (await field(page, 'Документ').locator('option:checked').textContent()) ?? '';
  assert.match(
    chosenDocument,
    /^Паспорт гражданина РФ серия 3215/,
    `his only document is chosen, got «${chosenDocument}»`,
  );
  await phoneStep(page, '07-issue-form');
  await page.getByRole('button', { name: 'Получить сертификат' }).click();
  const title = page.getByRole('heading', { name: /^Сертификат: \d{10}$/ });
  await title.waitFor();
  const certificateNumber = ((await title.textContent()) ?? '').replace('Сертификат: ', '');
  const login = await page.getByTestId('navigator-login').textContent();
  assert.equal(login, certificateNumber, `the navigator login is the certificate number, got «${login}»`);
  await page.getByText('Статус: Не активирован').waitFor();
  await phoneStep(page, '08-certificate');
  await context.close();

  // Now the parent presses «Отправить заявку»: refused, and the page shows the certificate Артём has.
  await parent.page.getByRole('button', { name: 'Отправить заявку' }).click();
  const refusal = parent.page.getByRole('alert').filter({ hasText: 'Ребёнку уже выдан сертификат' });
  await refusal.waitFor();
  const refusalText = (await refusal.textContent())?.trim();
  assert.equal(
    refusalText,
    `Ребёнку уже выдан сертификат № ${certificateNumber} в муниципалитете г. Новокузнецк`,
    `the refusal names Артём's certificate, got «${refusalText}»`,
  );
  await parent.page.getByRole('heading', { name: `Сертификат: ${certificateNumber}` }).waitFor();
  // Not the teen's: the navigator password was shown to him alone.
  assert.equal(
    await parent.page.getByTestId('navigator-password').count(),
    0,
    'the teen’s password is not shown to the parent',
  );
  await expectAccessible(parent.page, 'the refused duplicate');
  await screenshot(parent.page, 'citizen-14-duplicate-refused');
  await parent.context.close();
}
