import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { shareAppAndBrowser } from './support/app';
import { screenshot } from './support/browser';
import { expectAccessible, expectNoSidewaysScroll } from './support/cabinet';
import { arrangeGroupSetting, handedOverCertificate, signInToNavigator } from './support/navigator';
import { arrangeScheduledProgram, confirmedContract } from './support/navigator-enrolled';

/**
 * «РАСПИСАНИЕ» (issue 15 part A, seed 002): the child's lessons from his contracts' groups, the navigator's current
 * week first, then the next week and the month; «Скачать расписание (iCal)». The navigator's clock stands on
 * Wednesday 18 November 2026 (+07); the group meets on Mondays 16:00–17:30 and Wednesdays 15:00–16:00, and the
 * contract starts on the day of the request.
 */
const shared = shareAppAndBrowser({ env: { NAVIGATOR_CLOCK: '2026-11-18T12:00:00+07:00' } });

const PROGRAM = `Шахматы: расписание ${randomUUID().slice(0, 8)}`;

describe('«РАСПИСАНИЕ»', () => {
  it('shows the week, steps to the next one and to the month, and downloads the iCalendar file', async () => {
    await arrangeGroupSetting(shared.app.webUrl);
    const certificate = await handedOverCertificate(shared.app.webUrl, { activate: true });
    const program = await arrangeScheduledProgram(shared.app, PROGRAM, {
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      week: [
        { day: 1, from: '16:00', to: '17:30' },
        { day: 3, from: '15:00', to: '16:00' },
      ],
    });
    await confirmedContract(shared.app.webUrl, certificate, program.groupId);

    const { page, context } = await shared.browser.newPage();
    await signInToNavigator(page, shared.app.webUrl, certificate.number, certificate.password);
    await page
      .getByRole('navigation', { name: 'Кабинет сертификата' })
      .getByRole('link', { name: 'Расписание' })
      .click();
    await page.getByRole('heading', { name: 'Расписание', level: 1 }).waitFor();

    // This week: the contract began on Wednesday, so Monday the 16th has no lesson.
    await page.getByTestId('schedule-period').getByText('16.11.2026 — 22.11.2026').waitFor();
    const lessons = page.getByTestId('schedule-lesson');
    assert.equal(await lessons.count(), 1);
    const first = page.getByTestId('schedule-day').first();
    await first.getByRole('heading', { name: 'Среда, 18.11.2026 — сегодня' }).waitFor();
    await first.getByText('15:00–16:00').waitFor();
    await first.getByRole('link', { name: PROGRAM }).waitFor();
    await first.getByText('Группа: Вечерняя группа').waitFor();
    await first.getByText(program.address, { exact: false }).waitFor();
    await expectAccessible(page, 'the schedule’s week (desktop)');
    await screenshot(page, 'navigator-schedule-01-week');

    await page.getByRole('link', { name: 'Следующая неделя →' }).click();
    await page.getByTestId('schedule-period').getByText('23.11.2026 — 29.11.2026').waitFor();
    assert.deepEqual(await page.getByTestId('schedule-day').getByRole('heading').allTextContents(), [
      'Понедельник, 23.11.2026',
      'Среда, 25.11.2026',
    ]);
    await page.getByTestId('schedule-lesson').first().getByText('16:00–17:30').waitFor();

    await page.getByRole('link', { name: 'Месяц' }).click();
    await page.getByTestId('schedule-period').getByText('Ноябрь 2026').waitFor();
    assert.deepEqual(await page.getByTestId('schedule-day').getByRole('heading').allTextContents(), [
      'Среда, 18.11.2026 — сегодня',
      'Понедельник, 23.11.2026',
      'Среда, 25.11.2026',
      'Понедельник, 30.11.2026',
    ]);
    await expectAccessible(page, 'the schedule’s month (desktop)');
    await page.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(page, 'the schedule’s month at 375 px');
    await expectNoSidewaysScroll(page, 'the schedule’s month at 375 px');
    await screenshot(page, 'navigator-schedule-02-month-375');

    await page.getByRole('link', { name: 'Следующий месяц →' }).click();
    await page.getByTestId('schedule-period').getByText('Декабрь 2026').waitFor();
    assert.equal(await page.getByTestId('schedule-lesson').count(), 9);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Скачать расписание (iCal)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const text = await readFile((await download.path())!, 'utf8');
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Asia\/Novokuznetsk\r\n/);
    assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 2);
    assert.match(text, /DTSTART;TZID=Asia\/Novokuznetsk:20261123T160000\r\n/);
    assert.match(text, /DTSTART;TZID=Asia\/Novokuznetsk:20261118T150000\r\n/);
    assert.match(text, /RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270531T165959Z\r\n/);
    assert.ok(text.includes(`SUMMARY:${PROGRAM}`), 'the program’s title');
    await context.close();
  });
});
