import { GroupChangeOutcome, outcomeOf } from './group-change.service';

const job = { municipality_id: 'm1', target_group_id: 'target' };
const target = { blocked: false, min_age: 5, max_age: 18 };
const row = {
  certificate_id: 'c1',
  group_id: 'source',
  municipality_id: 'm1',
  status: 'ACTIVATED',
  birth_date: '2016-06-15',
};
const DAY = '2026-11-30';

describe('what a batch does with each certificate', () => {
  it.each<[string, Partial<typeof row>, typeof target | null, GroupChangeOutcome]>([
    ['moves a live certificate whose child fits the group', {}, target, 'CHANGED'],
    ['moves one not yet activated', { status: 'NOT_ACTIVATED' }, target, 'CHANGED'],
    ['skips one already in the group, whatever else', { group_id: 'target', status: 'FROZEN' }, null, 'SKIPPED'],
    ['leaves one moved to another municipality', { municipality_id: 'm2' }, target, 'OUT_OF_SCOPE'],
    ['leaves a frozen one', { status: 'FROZEN' }, target, 'NOT_LIVE'],
    ['leaves one whose consent was withdrawn', { status: 'CONSENT_WITHDRAWN' }, target, 'NOT_LIVE'],
    ['leaves all when the group was blocked meanwhile', {}, { ...target, blocked: true }, 'GROUP_BLOCKED'],
    ['leaves all when the group is gone', {}, null, 'GROUP_BLOCKED'],
    ['leaves a child too young', { birth_date: '2022-01-01' }, target, 'AGE_NOT_ELIGIBLE'],
    [
      'leaves a child who turned 18 (the upper bound is exclusive)',
      { birth_date: '2008-11-30' },
      target,
      'AGE_NOT_ELIGIBLE',
    ],
    ['moves a child the day before he turns 18', { birth_date: '2008-12-01' }, target, 'CHANGED'],
  ])('%s', (_name, change, group, outcome) => {
    expect(outcomeOf({ ...row, ...change }, job, group, DAY)).toBe(outcome);
  });
});
