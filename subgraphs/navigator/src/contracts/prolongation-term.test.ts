import { prolongationTerm } from './prolongation-term';

describe('the term of a prolongation', () => {
  it('is the next period’s group, its money that of the year it starts in', () => {
    expect(prolongationTerm({ startsOn: '2027-09-01', endsOn: '2028-05-31' }, 2500_00)).toEqual({
      financialYear: 2027,
      startsOn: '2027-09-01',
      endsOn: '2028-05-31',
      months: 4,
      monthlyPriceKopecks: 2500_00,
      costKopecks: 10_000_00,
    });
  });

  it('counts a term within one year whole, and nothing for a budget program', () => {
    expect(prolongationTerm({ startsOn: '2027-01-10', endsOn: '2027-05-31' }, null)).toMatchObject({
      financialYear: 2027,
      months: 5,
      costKopecks: 0,
    });
  });
});
