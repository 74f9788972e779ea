import { REGION_TIME_ZONE } from '@pfdo/platform/services';

export const MONTHS_IN_YEAR = 12;

/** How a certificate's nominal for this month was worked out, all money in kopecks. */
export interface AvailableNominal {
  /** The financial year (the calendar year, in the region's calendar). */
  year: number;
  /** The nominal the municipality set for the whole year. */
  yearNominalKopecks: number;
  /** Months left in the financial year, the current one included: 12 in January, 1 in December. */
  monthsLeft: number;
  monthsInYear: number;
  /** What the certificate may still spend: the year's nominal × monthsLeft / 12, rounded down to a kopeck. */
  availableKopecks: number;
}

/** The region's calendar year and month (1–12) at `now` (docs/decisions/0013-the-regions-calendar.md). */
export function regionYearMonth(now: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE, year: 'numeric', month: 'numeric' })
    .formatToParts(now)
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {});
  return { year: Number(parts.year), month: Number(parts.month) };
}

/**
 * Seed 002: «каждый месяц номинал сертификата будет уменьшаться пропорционально оставшимся месяцам в текущем
 * финансовом году, если не будет выбрана для обучения ни одна сертифицированная программа». The financial year is
 * the calendar year; the month counts in full from its first day (the region's), so that a certificate activated
 * on 31 January still has 12 months' share. Rounded down: the certificate never promises a kopeck the
 * municipality did not budget. Exact for any nominal a bigint column holds (computed in BigInt).
 */
export function availableNominal(yearNominalKopecks: number | string | bigint, now: Date): AvailableNominal {
  const nominal = BigInt(yearNominalKopecks);
  if (nominal < 0n) throw new RangeError('a nominal is never negative');
  const { year, month } = regionYearMonth(now);
  const monthsLeft = MONTHS_IN_YEAR - month + 1;
  return {
    year,
    yearNominalKopecks: Number(nominal),
    monthsLeft,
    monthsInYear: MONTHS_IN_YEAR,
    availableKopecks: Number((nominal * BigInt(monthsLeft)) / BigInt(MONTHS_IN_YEAR)),
  };
}
