import { commitDeadlineOf } from './request-scope';

describe('the commit deadline of a time budget', () => {
  it('keeps a tenth of the budget for the answer, at most a second', () => {
    expect(commitDeadlineOf(10_000, 0)).toBe(9_000);
    expect(commitDeadlineOf(60_000, 0)).toBe(59_000);
    expect(commitDeadlineOf(2_000, 0)).toBe(1_800);
    expect(commitDeadlineOf(1, 0)).toBeCloseTo(0.9);
  });
});
