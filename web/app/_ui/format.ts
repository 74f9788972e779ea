import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** Kemerovo oblast lives at UTC+7: dates and times are shown as the region's clocks read them. */

const regionClock = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** DD.MM.YYYY HH:MM:SS in the region's time zone, as the seed's «Заявка была создана 20.06.2019 09:59:33». */
export function formatRegionDateTime(iso: string | Date): string {
  const parts = Object.fromEntries(regionClock.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** YYYY-MM-DD (a calendar date, no zone) as DD.MM.YYYY. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** Today in the region, YYYY-MM-DD: the latest date a document can have been issued. */
export function regionToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(new Date());
}

export function fullName(person: { surname: string; name: string; patronymic: string }): string {
  return [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
}

/** «9 лет», «1 год», «3 года». */
export function ageText(age: number): string {
  const lastTwo = age % 100;
  const last = age % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return `${age} лет`;
  if (last === 1) return `${age} год`;
  if (last >= 2 && last <= 4) return `${age} года`;
  return `${age} лет`;
}

/** Said beside a series and number the server masked (a reception organization without the personal-data right). */
export const MASKED_DOCUMENT_NOTE = 'скрыто: нет права на просмотр персональных данных';

/** The server masks every letter and digit of a series or number with «*» (maskDocumentNumber). */
const isMasked = (value: string) => /^\*+$/.test(value);

function maskedNote(document: { series: string; number: string }): string {
  return isMasked(document.number) || isMasked(document.series) ? ` (${MASKED_DOCUMENT_NOTE})` : '';
}

/** «Свидетельство о рождении серия II-ЛО № 123456», as the seed's certificate panel writes it. */
export function documentText(document: { typeName: string; series: string; number: string }): string {
  const series = document.series ? ` серия ${document.series}` : '';
  return `${document.typeName}${series} № ${document.number}${maskedNote(document)}`;
}

/** «II-ЛО 123456»: the register's column «Серия и номер», with the reason when they are hidden. */
export function documentNumbers(document: { series: string; number: string }): string {
  return `${document.series} ${document.number}`.trim() + maskedNote(document);
}
