import { REGION_TIME_ZONE } from '@pfdo/platform/services';

// Built once: constructing an Intl.DateTimeFormat loads ICU data (about a millisecond per e-mail), formatting is cheap.
const formatter = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A moment as an e-mail tells it to the region's reader (a link's expiry): «01.12.2026, 10:00». */
export function regionMoment(date: Date): string {
  return formatter.format(date);
}
