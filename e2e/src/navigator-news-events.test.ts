import assert from 'node:assert/strict';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { signInToRegistry } from './support/registry';
import { daysAhead, expectAccessibleAtBothSizes, openSection } from './support/sections';

/**
 * «НОВОСТИ» and «МЕРОПРИЯТИЯ» (issue 15 part B): the provider publishes news and an event from its pages, the
 * municipal registry operator news from the registry cabinet; the holder of a certificate of that municipality reads
 * both news, applies to the event; the provider sees him among the participants and downloads them as CSV.
 */
const shared = shareAppAndBrowser();

const NEWS = 'Открыт набор в секцию фигурного катания';
const OPERATOR_NEWS = 'Приём заявлений на сертификаты продлён';
const EVENT = 'Открытое первенство по фигурному катанию';

describe('«НОВОСТИ» and «МЕРОПРИЯТИЯ»', () => {
  it('a provider publishes, the holder reads and applies, the provider sees him among participants', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });

    const provider = await shared.browser.newPage();
    await signInToNavigator(provider.page, shared.app.webUrl, 'provider@demo.ru');
    await provider.page.goto(`${shared.app.webUrl}/navigator/news`);
    await provider.page.getByRole('heading', { name: 'Новая новость' }).waitFor();
    await provider.page.getByLabel('Заголовок').fill(NEWS);
    await provider.page.getByLabel('Текст новости').fill('Занятия начнутся 1 сентября. Ждём ребят от 7 лет.');
    await provider.page.getByRole('button', { name: 'Опубликовать' }).click();
    await provider.page.getByRole('status').filter({ hasText: 'Новость опубликована.' }).waitFor();
    await provider.page.getByRole('heading', { name: NEWS, level: 3 }).waitFor();
    await expectAccessibleAtBothSizes(provider.page, 'the provider’s «Новости»');

    await provider.page.goto(`${shared.app.webUrl}/navigator/events`);
    await provider.page.getByRole('heading', { name: 'Новое мероприятие' }).waitFor();
    await provider.page.getByLabel('Название').fill(EVENT);
    await provider.page.getByLabel('Описание').fill('Для воспитанников спортивных школ города');
    await provider.page.getByLabel('Дата и время начала').fill(daysAhead(3));
    await provider.page.getByLabel('Место проведения').fill('Ледовая арена, ул. Кирова, 1');
    await provider.page.getByLabel('Число мест').fill('20');
    await provider.page.getByLabel('Возраст от').fill('7');
    await provider.page.getByLabel('Возраст до').fill('14');
    await provider.page.getByRole('button', { name: 'Разместить' }).click();
    await provider.page.getByRole('status').filter({ hasText: 'Мероприятие размещено.' }).waitFor();
    await provider.page.getByRole('heading', { name: EVENT, level: 3 }).waitFor();
    await expectAccessibleAtBothSizes(provider.page, 'the provider’s «Мероприятия»');

    const operator = await shared.browser.newPage();
    await operator.page.goto(`${shared.app.webUrl}/registry`);
    await signInToRegistry(operator.page, 'operator@demo.ru');
    await operator.page
      .getByRole('navigation', { name: 'Реестр сертификатов' })
      .getByRole('link', { name: 'Новости' })
      .click();
    await operator.page.getByLabel('Заголовок').fill(OPERATOR_NEWS);
    await operator.page.getByLabel('Текст новости').fill('Заявления принимаются до 30 сентября.');
    await operator.page.getByRole('button', { name: 'Опубликовать' }).click();
    await operator.page.getByRole('status').filter({ hasText: 'Новость опубликована.' }).waitFor();
    await expectAccessibleAtBothSizes(operator.page, 'the registry’s «Новости»');

    const holder = await shared.browser.newPage();
    await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
    await openSection(holder.page, 'Новости');
    // The list comes from the browser's query after the page: wait for it before reading its order.
    await holder.page.getByRole('heading', { name: NEWS, level: 2 }).waitFor();
    const headings = await holder.page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
    assert.ok(
      headings.indexOf(OPERATOR_NEWS) >= 0 && headings.indexOf(NEWS) > headings.indexOf(OPERATOR_NEWS),
      String(headings),
    );
    await holder.page.getByText('Занятия начнутся 1 сентября.').waitFor();
    await screenshot(holder.page, 'navigator-news-01-holder');
    await expectAccessibleAtBothSizes(holder.page, 'the holder’s «Новости»');

    await openSection(holder.page, 'Мероприятия');
    const card = holder.page.getByRole('article', { name: EVENT });
    await card.getByText('Свободных мест: 20 из 20').waitFor();
    await card.getByRole('button', { name: 'Подать заявку на участие' }).click();
    await card.getByRole('status').filter({ hasText: 'Заявка на участие подана.' }).waitFor();
    await card.getByText('Свободных мест: 19 из 20').waitFor();
    await card.getByRole('button', { name: 'Отменить заявку' }).waitFor();
    await screenshot(holder.page, 'navigator-events-01-applied');
    await expectAccessibleAtBothSizes(holder.page, 'the holder’s «Мероприятия»');
    // «Назад» from another section shows the event as the cache knows it now: the router restores the page with
    // its first server answer, which must not be written over what the cache learnt since (prime.ts).
    await openSection(holder.page, 'Новости');
    await holder.page.goBack();
    await holder.page.getByRole('heading', { level: 1, name: 'Мероприятия' }).waitFor();
    await card.getByRole('button', { name: 'Отменить заявку' }).waitFor();
    await card.getByText('Свободных мест: 19 из 20').waitFor();

    await provider.page.reload();
    await provider.page
      .getByRole('listitem')
      .filter({ hasText: EVENT })
      .getByRole('button', { name: 'Участники' })
      .click();
    const participants = provider.page.getByRole('region', { name: `Участники: ${EVENT}` });
    await participants.getByRole('cell', { name: certificate.number }).waitFor();
    await expectAccessibleAtBothSizes(provider.page, 'the event’s participants');
    const folder = mkdtempSync(path.join(tmpdir(), 'participants-e2e-'));
    try {
      const [download] = await Promise.all([
        provider.page.waitForEvent('download'),
        participants.getByRole('button', { name: 'Скачать CSV' }).click(),
      ]);
      const file = path.join(folder, 'participants.csv');
      await download.saveAs(file);
      const csv = readFileSync(file, 'utf8');
      assert.ok(csv.includes(`"${certificate.number}"`), csv);
      assert.ok(csv.includes('"Номер сертификата"'), csv);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
