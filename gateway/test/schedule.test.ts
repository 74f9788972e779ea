import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { anonymous, closeTestDatabase, countSqlStatements, signIn } from '@pfdo/testing';
import { arrangeHolder, arrangeMunicipality, arrangeProgram } from './enrollment.support';
import { confirmedContract, giveGroupWeek, SCHEDULE, ScheduleData } from './schedule.support';

/**
 * «РАСПИСАНИЕ» (issue 15 part A, seed 002): the child's lessons over every program he is enrolled in, from the
 * groups' weeks, within each contract's term; a week or a month; and the same as an iCalendar file.
 */
/** ical.js's CommonJS build (its package exports one for `require`); the types are its ES module's. */
const ICAL = jest.requireActual<typeof ICALModule>('ical.js');

afterAll(closeTestDatabase);
jest.setTimeout(60_000);

const MONDAY_AND_WEDNESDAY = [
  { day: 1, from: '16:00', to: '17:30' },
  { day: 3, from: '15:00', to: '16:00' },
];

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
/** A Monday a few weeks on: its week is inside the test's contracts (from today to ten months on). */
function mondayInWeeks(weeks: number): string {
  const today = new Date().toISOString().slice(0, 10);
  const day = addDays(today, weeks * 7);
  return addDays(day, 1 - weekday(day));
}

async function holderWithContracts(count: number) {
  const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
  const holder = await arrangeHolder(municipality);
  const program = await arrangeProgram({ registry: 'PAID', groups: count });
  const contractIds: string[] = [];
  let place = null;
  for (const groupId of program.groupIds) {
    place = await giveGroupWeek(groupId, MONDAY_AND_WEDNESDAY);
    contractIds.push(await confirmedContract(holder.client, groupId));
  }
  return { holder, program, contractIds, place: place! };
}

describe('mySchedule', () => {
  it('lists the week’s lessons with time, program, group and place, and steps to the next week', async () => {
    const { holder, program, contractIds, place } = await holderWithContracts(1);
    const monday = mondayInWeeks(3);
    const { mySchedule } = await holder.client.data<ScheduleData>(SCHEDULE, { view: 'WEEK', date: addDays(monday, 4) });
    expect(mySchedule).toMatchObject({ view: 'WEEK', from: monday, to: addDays(monday, 6), next: addDays(monday, 7) });
    expect(mySchedule.lessons).toEqual([
      {
        date: monday,
        startsAt: '16:00',
        endsAt: '17:30',
        programId: program.programId,
        programTitle: program.title,
        groupName: 'Группа 1',
        placeName: place.name || null,
        address: place.address,
        contractId: contractIds[0],
      },
      expect.objectContaining({ date: addDays(monday, 2), startsAt: '15:00', endsAt: '16:00' }),
    ]);
  });

  it('lists a month’s Mondays and Wednesdays, and nothing before the contract’s start', async () => {
    const { holder } = await holderWithContracts(1);
    const inTwoMonths = addDays(new Date().toISOString().slice(0, 10), 60);
    const { mySchedule } = await holder.client.data<ScheduleData>(SCHEDULE, { view: 'MONTH', date: inTwoMonths });
    const expected: string[] = [];
    for (let day = mySchedule.from; day <= mySchedule.to; day = addDays(day, 1)) {
      if (weekday(day) === 1 || weekday(day) === 3) expected.push(day);
    }
    expect(mySchedule.from.slice(8)).toBe('01');
    expect(mySchedule.lessons.map((lesson) => lesson.date)).toEqual(expected);

    const lastMonth = addDays(new Date().toISOString().slice(0, 10), -31);
    const before = await holder.client.data<ScheduleData>(SCHEDULE, { view: 'MONTH', date: lastMonth });
    expect(before.mySchedule.lessons).toEqual([]);
  });

  it('leaves out requests not confirmed yet and a cancelled contract', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holder = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'PAID', groups: 1 });
    await giveGroupWeek(program.groupIds[0], MONDAY_AND_WEDNESDAY);
    await holder.client.data(`mutation ($groupId: ID!) { createEnrollmentRequest(groupId: $groupId) { id } }`, {
      groupId: program.groupIds[0],
    });
    const { mySchedule } = await holder.client.data<ScheduleData>(SCHEDULE, { date: mondayInWeeks(2) });
    expect(mySchedule.lessons).toEqual([]);
  });

  it('refuses a date that is not a day', async () => {
    const { holder } = await holderWithContracts(1);
    const answer = await holder.client.request(SCHEDULE, { date: '2027-02-30' });
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Дата в виде ГГГГ-ММ-ДД',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('costs as many SQL statements for one contract as for six', async () => {
    const one = await holderWithContracts(1);
    const six = await holderWithContracts(6);
    const date = mondayInWeeks(2);
    const small = await countSqlStatements<ScheduleData>(one.holder.client, SCHEDULE, { date });
    const large = await countSqlStatements<ScheduleData>(six.holder.client, SCHEDULE, { date });
    expect(small.data.mySchedule.lessons).toHaveLength(2);
    expect(large.data.mySchedule.lessons).toHaveLength(12);
    expect(large.statements.navigator).toBe(small.statements.navigator);
    expect(large.statements.navigator).toBeLessThanOrEqual(2);
  });

  it('is the certificate holder’s alone', async () => {
    const clients = [
      ['anonymous', anonymous()],
      ...(await Promise.all(
        ['provider@demo.ru', 'operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'parent'].map(
          async (login) => [login, await signIn(login)] as const,
        ),
      )),
    ] as const;
    const codes = [];
    for (const [name, client] of clients) {
      const answer = await client.request(SCHEDULE, {});
      codes.push([name, answer.errors?.[0].extensions?.code ?? 'none']);
    }
    expect(codes).toEqual([
      ['anonymous', 'UNAUTHENTICATED'],
      ['provider@demo.ru', 'FORBIDDEN'],
      ['operator@demo.ru', 'FORBIDDEN'],
      ['region@demo.ru', 'FORBIDDEN'],
      ['org-pd@demo.ru', 'FORBIDDEN'],
      ['parent', 'FORBIDDEN'],
    ]);
  });
});

describe('«Скачать расписание (iCal)»', () => {
  it('is an iCalendar file of weekly events in the region’s time, bounded by each contract', async () => {
    const { holder, program, contractIds, place } = await holderWithContracts(2);
    const response = await holder.client.http('/documents/schedule.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.ics"/);
    const text = await response.text();

    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Asia/Novokuznetsk');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    // Two contracts × two weekly slots.
    expect(events).toHaveLength(4);
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(4);
    for (const contractId of contractIds) expect(uids.filter((uid) => uid.startsWith(contractId))).toHaveLength(2);

    const monday = events.find((event) => event.uid.startsWith(`${contractIds[0]}-1-`))!;
    expect(monday.summary).toBe(program.title);
    expect(monday.location).toContain(place.address);
    expect(monday.startDate.zone?.tzid).toBe('Asia/Novokuznetsk');
    expect(monday.startDate.toString()).toMatch(/T16:00:00$/);
    expect(monday.endDate.toString()).toMatch(/T17:30:00$/);
    // 16:00 at UTC+7 is 09:00 UTC.
    expect(monday.startDate.toJSDate().toISOString()).toMatch(/T09:00:00\.000Z$/);
    expect(weekday(monday.startDate.toString().slice(0, 10))).toBe(1);
    const rule = monday.component.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.until?.toJSDate().toISOString()).toBe(new Date(`${program.endsOn}T23:59:59+07:00`).toISOString());
    const stamp = monday.component.getFirstProperty('dtstamp')!.getFirstValue() as InstanceType<typeof ICAL.Time>;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);

    // The same download again keeps each slot's UID, so that a calendar updates it rather than doubling it.
    const again = new ICAL.Component(ICAL.parse(await (await holder.client.http('/documents/schedule.ics')).text()));
    expect(again.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).uid)).toEqual(uids);

    // The expanded weeks: as many Mondays as the term has.
    const iterator = monday.iterator();
    let count = 0;
    for (let next = iterator.next(); next; next = iterator.next()) count += 1;
    let mondays = 0;
    for (let day = monday.startDate.toString().slice(0, 10); day <= program.endsOn; day = addDays(day, 7)) mondays += 1;
    expect(count).toBe(mondays);
  });

  it('holds only the signed-in holder’s own lessons, and is refused to anyone else', async () => {
    await holderWithContracts(1);
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const stranger = await arrangeHolder(municipality);
    const own = await (await stranger.client.http('/documents/schedule.ics')).text();
    expect(own).toContain('BEGIN:VCALENDAR');
    expect(own).not.toContain('BEGIN:VEVENT');

    expect((await anonymous().http('/documents/schedule.ics')).status).toBe(401);
    const provider = await signIn('provider@demo.ru');
    const refused = await provider.http('/documents/schedule.ics');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'Расписание доступно владельцу сертификата' },
    });
  });
});
