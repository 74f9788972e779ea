import { contractTerm, regionDay } from './contract-term';

const group = { startsOn: '2026-09-01', endsOn: '2027-05-31' };

describe('contractTerm', () => {
  it('counts a started group from today to December, the current month in full', () => {
    expect(contractTerm(group, 2500_00, new Date('2026-11-15T05:00:00Z'))).toEqual({
      financialYear: 2026,
      startsOn: '2026-11-15',
      endsOn: '2027-05-31',
      months: 2,
      monthlyPriceKopecks: 2500_00,
      costKopecks: 5000_00,
    });
  });

  it('counts a group that starts later from its start', () => {
    expect(contractTerm(group, 1000_00, new Date('2026-07-10T05:00:00Z'))).toMatchObject({
      startsOn: '2026-09-01',
      months: 4,
      costKopecks: 4000_00,
    });
  });

  it('reserves nothing of this year for a group that starts next year', () => {
    const january = { startsOn: '2027-01-15', endsOn: '2027-05-31' };
    expect(contractTerm(january, 2500_00, new Date('2026-11-15T05:00:00Z'))).toMatchObject({
      financialYear: 2026,
      months: 0,
      costKopecks: 0,
    });
  });

  it('ends with the group inside the year, and costs nothing in a budget registry', () => {
    const spring = { startsOn: '2026-01-15', endsOn: '2026-05-31' };
    expect(contractTerm(spring, null, new Date('2026-02-01T05:00:00Z'))).toMatchObject({
      months: 4,
      monthlyPriceKopecks: 0,
      costKopecks: 0,
    });
  });

  it('refuses a group whose studies are over', () => {
    expect(() => contractTerm(group, 100, new Date('2027-06-01T05:00:00Z'))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'GROUP_CLOSED' }) }),
    );
  });

  it('reads the day in the region’s calendar (UTC+7)', () => {
    expect(regionDay(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});
