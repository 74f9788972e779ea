import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tinyPdf } from '@pfdo/testing';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { field } from './support/cabinet';
import { TINY_GIF } from './support/files';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { expectAccessibleAtBothSizes, openSection } from './support/sections';

/**
 * «ПОРТФОЛИО» (issue 15 part B): the holder adds an achievement with a diploma in PDF, finds it in the list and
 * downloads the same file; a picture of another format is refused with the server's Russian message.
 */
const shared = shareAppAndBrowser();

describe('«ПОРТФОЛИО»', () => {
  it('an achievement with a PDF is added and downloaded', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const folder = mkdtempSync(path.join(tmpdir(), 'portfolio-e2e-'));
    try {
      const pdf = tinyPdf('Diploma');
      const gif = path.join(folder, 'gramota.png');
      writeFileSync(gif, TINY_GIF);

      const holder = await shared.browser.newPage();
      await signInToNavigator(holder.page, shared.app.webUrl, certificate.number, certificate.password);
      await openSection(holder.page, 'Портфолио');
      await holder.page.getByText('Достижений пока нет.').waitFor();
      await expectAccessibleAtBothSizes(holder.page, 'an empty «Портфолио»');

      // A GIF named .png: refused by its content.
      await holder.page.getByLabel('Название достижения').fill('Грамота');
      await field(holder.page, 'Дата').fill('2026-05-20');
      await holder.page.getByLabel('Файл (диплом, грамота)').setInputFiles(gif);
      await holder.page.getByRole('button', { name: 'Добавить' }).click();
      await holder.page
        .getByText('Неподдерживаемый формат файла. Поддерживаемые форматы .PDF, .JPG, .JPEG, .PNG')
        .waitFor();

      await holder.page.getByLabel('Название достижения').fill('Победа в областном турнире');
      await field(holder.page, 'Вид').selectOption({ label: 'Победа' });
      await holder.page.getByLabel('Мероприятие или программа').fill('Шахматный турнир «Кузбасс»');
      await holder.page
        .getByLabel('Файл (диплом, грамота)')
        .setInputFiles({ name: 'Диплом.pdf', mimeType: 'application/pdf', buffer: pdf });
      await holder.page.getByRole('button', { name: 'Добавить' }).click();
      await holder.page.getByRole('status').filter({ hasText: 'Достижение добавлено в портфолио.' }).waitFor();
      await holder.page.getByRole('heading', { name: 'Победа в областном турнире', level: 3 }).waitFor();
      await holder.page.getByText('Победа · 20.05.2026 · Шахматный турнир «Кузбасс»').waitFor();
      await screenshot(holder.page, 'navigator-portfolio-01-added');
      await expectAccessibleAtBothSizes(holder.page, '«Портфолио» with an item');

      const [download] = await Promise.all([
        holder.page.waitForEvent('download'),
        holder.page.getByRole('link', { name: 'Скачать файл «Диплом.pdf»' }).click(),
      ]);
      const file = path.join(folder, 'downloaded.pdf');
      await download.saveAs(file);
      assert.ok(readFileSync(file).equals(pdf), 'the downloaded file is the uploaded PDF');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
