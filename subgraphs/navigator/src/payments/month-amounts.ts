/** One month of a contract the certificate pays: «Месяц» (YYYY-MM) and «Сумма по договору» (kopecks). */
export interface MonthAmount {
  month: string;
  amountKopecks: number;
}

const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The certificate's part of a contract, month by month (docs/domain.md §6a): its reservation spread over the
 * months of its term in the financial year, from the month it starts. Month i (0-based) of n gets
 * ⌊R·(i+1)/n⌋ − ⌊R·i/n⌋, so that the months differ by a kopeck at most and add up to the reservation exactly.
 * The same arithmetic is PAYMENT_MONTHS' SQL (payment-rows.ts).
 */
export function monthAmounts(reservedKopecks: number, months: number, startsOn: string): MonthAmount[] {
  const reserved = BigInt(reservedKopecks);
  const n = BigInt(months);
  const first = Number(startsOn.slice(0, 4)) * 12 + Number(startsOn.slice(5, 7)) - 1;
  return Array.from({ length: months }, (_, i) => ({
    month: monthOf(first + i),
    amountKopecks: Number((reserved * BigInt(i + 1)) / n - (reserved * BigInt(i)) / n),
  }));
}
