import {
  allowedActions,
  ContractAction,
  ContractStatus,
  ContractTab,
  dueSteps,
  nextStatus,
  ScheduledStep,
  tabOf,
  TimedContract,
} from './contract-state';

const { CONFIRM, REFUSE, CANCEL, PROLONG, ACCEPT } = ContractAction;

describe('the contract’s status machine', () => {
  it.each([
    [ContractStatus.PENDING, [CONFIRM, REFUSE, CANCEL], [CANCEL, ACCEPT], ContractTab.PENDING],
    [ContractStatus.CONFIRMED, [CANCEL], [CANCEL], ContractTab.CONFIRMED],
    [ContractStatus.ACTIVE, [PROLONG], [PROLONG], ContractTab.ACTIVE],
    [ContractStatus.REFUSED, [], [], ContractTab.ARCHIVE],
    [ContractStatus.CANCELLED, [], [], ContractTab.ARCHIVE],
    [ContractStatus.ENDED, [], [], ContractTab.ARCHIVE],
    [ContractStatus.TERMINATED, [], [], ContractTab.ARCHIVE],
  ])(
    '%s allows %j on a request, %j on a prolongation, and is listed under %s',
    (status, request, prolongation, tab) => {
      expect(allowedActions(status)).toEqual(request);
      expect(allowedActions(status, { kind: 'PROLONGATION' })).toEqual(prolongation);
      expect(tabOf(status)).toBe(tab);
    },
  );

  it('offers «Пролонгировать» only once: not while a live prolongation exists', () => {
    expect(allowedActions(ContractStatus.ACTIVE, { kind: 'REQUEST', prolonged: true })).toEqual([]);
  });

  it('moves a confirmed request to CONFIRMED, a refused one to REFUSED, a cancelled one to CANCELLED', () => {
    expect(nextStatus(CONFIRM)).toBe(ContractStatus.CONFIRMED);
    expect(nextStatus(REFUSE)).toBe(ContractStatus.REFUSED);
    expect(nextStatus(CANCEL)).toBe(ContractStatus.CANCELLED);
    expect(nextStatus(ACCEPT)).toBe(ContractStatus.CONFIRMED);
  });
});

describe('what time does to a contract', () => {
  const now = new Date('2027-09-01T05:00:00Z');
  const today = '2027-09-01';
  const contract = (changes: Partial<TimedContract>): TimedContract => ({
    status: ContractStatus.CONFIRMED,
    kind: 'REQUEST',
    startsOn: '2027-09-01',
    endsOn: '2028-05-31',
    acceptsAt: null,
    ...changes,
  });
  const { ACCEPT_BY_DEFAULT, START, END } = ScheduledStep;

  it.each([
    ['a confirmed contract on its start date', {}, [START], ContractStatus.ACTIVE],
    ['a confirmed contract the day before', { startsOn: '2027-09-02' }, [], ContractStatus.CONFIRMED],
    ['an active contract on its end date', { status: ContractStatus.ACTIVE, endsOn: today }, [], ContractStatus.ACTIVE],
    [
      'an active contract the day after',
      { status: ContractStatus.ACTIVE, startsOn: '2026-09-01', endsOn: '2027-08-31' },
      [END],
      ContractStatus.ENDED,
    ],
    ['a request waiting for the provider', { status: ContractStatus.PENDING }, [], ContractStatus.PENDING],
    [
      'a prolongation whose 7 days are over',
      { status: ContractStatus.PENDING, kind: 'PROLONGATION' as const, startsOn: '2027-09-10', acceptsAt: now },
      [ACCEPT_BY_DEFAULT],
      ContractStatus.CONFIRMED,
    ],
    [
      'a prolongation a second before its 7 days are over',
      { status: ContractStatus.PENDING, kind: 'PROLONGATION' as const, acceptsAt: new Date(now.getTime() + 1000) },
      [],
      ContractStatus.PENDING,
    ],
    [
      'a prolongation accepted on its start date',
      { status: ContractStatus.PENDING, kind: 'PROLONGATION' as const, acceptsAt: now },
      [ACCEPT_BY_DEFAULT, START],
      ContractStatus.ACTIVE,
    ],
    ['a cancelled request', { status: ContractStatus.CANCELLED, endsOn: '2020-01-01' }, [], ContractStatus.CANCELLED],
  ])('%s', (_name, changes, steps, status) => {
    expect(dueSteps(contract(changes), now, today)).toEqual({ steps, status });
  });
});
