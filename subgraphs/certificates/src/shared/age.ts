import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** The region's own calendar day: Kemerovo oblast lives at UTC+7 (the zone is `@pfdo/platform/services`'s). */
export { REGION_TIME_ZONE };

// Built once: constructing an Intl.DateTimeFormat loads ICU data (about a millisecond), formatting is cheap.
const regionDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: REGION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today (or the day of `moment`) in the region, as YYYY-MM-DD. */
export function regionDate(moment: Date = new Date()): string {
  return regionDay.format(moment);
}

/** Full years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day a person born on `birthDate` turns `years`, as YYYY-MM-DD (29 February counts from 1 March). */
export function birthdayOf(birthDate: string, years: number): string {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const date = new Date(Date.UTC(by + years, bm - 1, bd));
  return date.toISOString().slice(0, 10);
}

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
