import { ContractStatus } from '../contracts/contract-state';
import { monthAfter, ratingWindow } from './rating-window';

describe('monthAfter', () => {
  it.each([
    ['2027-10-31', '2027-11-30'],
    ['2027-05-15', '2027-06-15'],
    ['2027-12-20', '2028-01-20'],
    ['2028-01-31', '2028-02-29'],
    ['2027-01-31', '2027-02-28'],
  ])('%s → %s', (day, expected) => expect(monthAfter(day)).toBe(expected));
});

describe('ratingWindow', () => {
  const ended = { status: ContractStatus.ENDED, endsOn: '2027-10-31', closedOn: null };
  it.each([
    ['the day before it ends (still active)', { ...ended, status: ContractStatus.ACTIVE }, '2027-10-30', 'NOT_OPEN'],
    ['the day it ends (still active)', { ...ended, status: ContractStatus.ACTIVE }, '2027-10-31', 'OPEN'],
    ['the day after it ended', ended, '2027-11-01', 'OPEN'],
    ['a month after the day it ended', ended, '2027-11-30', 'OPEN'],
    ['a month and a day after', ended, '2027-12-01', 'OVER'],
    [
      'terminated: from the day of termination',
      { status: ContractStatus.TERMINATED, endsOn: '2028-05-31', closedOn: '2027-11-10' },
      '2027-12-10',
      'OPEN',
    ],
    [
      'terminated: a month and a day after termination',
      { status: ContractStatus.TERMINATED, endsOn: '2028-05-31', closedOn: '2027-11-10' },
      '2027-12-11',
      'OVER',
    ],
  ])('%s', (_name, contract, today, state) => {
    expect(ratingWindow(contract, today)?.state).toBe(state);
  });

  it.each([ContractStatus.PENDING, ContractStatus.CONFIRMED, ContractStatus.REFUSED, ContractStatus.CANCELLED])(
    'has none for a %s row',
    (status) => expect(ratingWindow({ ...ended, status }, '2027-11-01')).toBeNull(),
  );
});
