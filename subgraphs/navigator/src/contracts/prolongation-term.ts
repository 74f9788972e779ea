import { ContractTerm } from './contract-term';

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * The term of a prolongation (docs/domain.md §6b): the next period's group whole, from its start to its end (the
 * group has not started: it starts after the contract it continues ends). Its money is the financial year its
 * start is in — the next one, for a prolongation made before the new year — and what it costs is the monthly
 * price × its months within that year (the months of a later year are that year's money again).
 */
export function prolongationTerm(
  group: { startsOn: string; endsOn: string },
  monthlyPriceKopecks: number | null,
): ContractTerm {
  const financialYear = Number(group.startsOn.slice(0, 4));
  const last = Math.min(monthIndex(group.endsOn), financialYear * 12 + 11);
  const months = last - monthIndex(group.startsOn) + 1;
  const price = monthlyPriceKopecks ?? 0;
  return {
    financialYear,
    startsOn: group.startsOn,
    endsOn: group.endsOn,
    months,
    monthlyPriceKopecks: price,
    costKopecks: price * months,
  };
}
