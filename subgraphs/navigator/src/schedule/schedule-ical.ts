import ical, { ICalCalendar } from 'ical-generator';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';
import { Enrollment, firstDayOfSlot } from './lessons';

/**
 * Asia/Novokuznetsk (the Kemerovo region) has kept UTC+7 all year since 27 March 2016, so one STANDARD block
 * describes it for every lesson the file can hold (docs/decisions/0013-the-regions-calendar.md).
 */
const REGION_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${REGION_TIME_ZONE}`,
  `X-LIC-LOCATION:${REGION_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:20160327T020000',
  'TZOFFSETFROM:+0600',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const REGION_OFFSET = '+07:00';

/**
 * A lesson's start or end as ical-generator's zoned date (its `ICalTZDateStub`, the shape of @date-fns/tz's TZDate,
 * which it recognises by `internal`, `withTimeZone` and `tzComponents`): the instant, which writes itself as the
 * region's wall-clock time under TZID, whatever the server's own time zone.
 */
class RegionTime extends Date {
  readonly timeZone = REGION_TIME_ZONE;
  readonly internal: Date;

  constructor(
    private readonly day: string,
    private readonly time: string,
  ) {
    super(`${day}T${time}:00${REGION_OFFSET}`);
    this.internal = new Date(this.getTime());
  }

  tzComponents(): number[] {
    return [this.getFullYear(), this.getMonth(), this.getDate(), this.getHours(), this.getMinutes(), 0, 0];
  }

  withTimeZone(): RegionTime {
    return this;
  }

  override getFullYear = () => Number(this.day.slice(0, 4));
  override getMonth = () => Number(this.day.slice(5, 7)) - 1;
  override getDate = () => Number(this.day.slice(8, 10));
  override getHours = () => Number(this.time.slice(0, 2));
  override getMinutes = () => Number(this.time.slice(3, 5));
  override getSeconds = () => 0;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** YYYYMMDDTHHMMSSZ: RFC 5545 wants UNTIL in UTC when DTSTART has a TZID. */
const utcStamp = (moment: Date) =>
  moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * «Скачать расписание (iCal)»: one recurring event per weekly slot of each contract, repeating every week on its day
 * until the contract's last day. A phone's calendar then keeps the whole term from one small file, and a slot keeps
 * its UID (contract, day, start) from one download to the next, so that a second import updates it instead of
 * doubling it.
 */
export function scheduleCalendar(enrollments: readonly Enrollment[], now: Date): ICalCalendar {
  const calendar = ical({
    name: 'Расписание занятий',
    prodId: { company: 'pfdo', product: 'navigator', language: 'RU' },
  });
  // No calendar-wide zone: DTSTAMP stays in UTC; the events' zone brings its VTIMEZONE.
  calendar.timezone({ name: null, generator: (zone) => (zone === REGION_TIME_ZONE ? REGION_VTIMEZONE : null) });
  for (const enrollment of enrollments) {
    for (const slot of enrollment.schedule) {
      const first = firstDayOfSlot(enrollment.startsOn, enrollment.endsOn, slot.day);
      if (!first) continue;
      const until = new Date(`${enrollment.endsOn}T23:59:59${REGION_OFFSET}`);
      calendar.createEvent({
        id: `${enrollment.contractId}-${slot.day}-${slot.from.replace(':', '')}@pfdo-navigator`,
        start: new RegionTime(first, slot.from),
        end: new RegionTime(first, slot.to),
        timezone: REGION_TIME_ZONE,
        stamp: now,
        repeating: `RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[slot.day - 1]};UNTIL=${utcStamp(until)}`,
        summary: enrollment.programTitle,
        description: `Группа: ${enrollment.groupName}`,
        location: [enrollment.placeName, enrollment.address].filter(Boolean).join(', ') || 'Дистанционно',
      });
    }
  }
  return calendar;
}
