import { domainError, ErrorCode } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** The region's calendar day at `now`, YYYY-MM-DD (docs/decisions/0013-the-regions-calendar.md). */
export function regionDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: REGION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A contract's term and what it costs within the financial year, money in kopecks. */
export interface ContractTerm {
  /** The financial year the contract reserves for: the one «now» is in. */
  financialYear: number;
  startsOn: string;
  endsOn: string;
  /** Months of the term within the financial year, its first and last counted in full (0: it starts next year). */
  months: number;
  monthlyPriceKopecks: number;
  /** monthly price × months (0 for the budget registries, free to the family). */
  costKopecks: number;
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * The term a request in a group makes (docs/domain.md §6a): from the group's start, or today when the group has
 * already started, to the group's end; what it costs is the monthly price × its months within the current
 * financial year (the calendar year, the region's). The months of a later year are the next year's money
 * (prolongation reserves them). A group whose studies are over takes no request.
 */
export function contractTerm(
  group: { startsOn: string; endsOn: string },
  monthlyPriceKopecks: number | null,
  now: Date,
): ContractTerm {
  const today = regionDay(now);
  if (group.endsOn < today) throw domainError(ErrorCode.GroupClosed, 'Обучение в этой группе уже закончилось');
  const startsOn = group.startsOn > today ? group.startsOn : today;
  const financialYear = Number(today.slice(0, 4));
  const yearEnd = financialYear * 12 + 11;
  const first = monthIndex(startsOn);
  const last = Math.min(monthIndex(group.endsOn), yearEnd);
  const months = first > yearEnd ? 0 : last - first + 1;
  const price = monthlyPriceKopecks ?? 0;
  return {
    financialYear,
    startsOn,
    endsOn: group.endsOn,
    months,
    monthlyPriceKopecks: price,
    costKopecks: price * months,
  };
}
