import { ContractStatus } from '../contracts/contract-state';

/**
 * Seed 002, «ДОГОВОРЫ»: «После окончания обучения по программам (не позднее месяца, включая день расторжения договора
 * или окончания обучения) Вы можете провести их оценку». The window opens on the day the contract ends (its last day
 * of studies, or the day it was terminated) and closes a calendar month later, both days included; the region's
 * days (YYYY-MM-DD).
 */
export type RatingWindowState = 'NOT_OPEN' | 'OPEN' | 'OVER';

export interface RatingWindowDays {
  opensOn: string;
  closesOn: string;
  state: RatingWindowState;
}

/** A contract as the window reads it: its status, last day of studies and, terminated, the region's day of it. */
export interface RatedContract {
  status: ContractStatus;
  endsOn: string;
  closedOn: string | null;
}

/** The same day a calendar month later; the month's last day when it has no such day (31 Jan → 28/29 Feb). */
export function monthAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(date, lastDay));
  return next.toISOString().slice(0, 10);
}

/**
 * The rating window of a contract at `today`, or null for a contract that will never be rated (a request refused or
 * cancelled, a contract not in force yet). An active contract opens it on its last day of studies (the schedule moves
 * it to «Архив» the day after).
 */
export function ratingWindow(contract: RatedContract, today: string): RatingWindowDays | null {
  const { status } = contract;
  if (status !== ContractStatus.ACTIVE && status !== ContractStatus.ENDED && status !== ContractStatus.TERMINATED) {
    return null;
  }
  const opensOn = status === ContractStatus.TERMINATED ? (contract.closedOn ?? contract.endsOn) : contract.endsOn;
  const closesOn = monthAfter(opensOn);
  const state: RatingWindowState = today < opensOn ? 'NOT_OPEN' : today <= closesOn ? 'OPEN' : 'OVER';
  return { opensOn, closesOn, state };
}
