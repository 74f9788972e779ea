import { monthAmounts } from './month-amounts';

describe('the months of a contract the certificate pays', () => {
  it('spread the reservation over the months of the term, adding up to it exactly', () => {
    expect(monthAmounts(1000_00, 4, '2026-09-15')).toEqual([
      { month: '2026-09', amountKopecks: 250_00 },
      { month: '2026-10', amountKopecks: 250_00 },
      { month: '2026-11', amountKopecks: 250_00 },
      { month: '2026-12', amountKopecks: 250_00 },
    ]);
    const uneven = monthAmounts(100, 3, '2026-11-01');
    expect(uneven.map((row) => row.amountKopecks)).toEqual([33, 33, 34]);
    expect(uneven.map((row) => row.month)).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('for any reservation and term, differ by a kopeck at most and never lose one', () => {
    for (const [reserved, months] of [
      [0, 1],
      [1, 12],
      [999_999_99, 7],
      [12_345, 11],
    ]) {
      const amounts = monthAmounts(reserved, months, '2026-01-01').map((row) => row.amountKopecks);
      expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(reserved);
      expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
    }
  });

  it('is empty for a contract with no months this year', () => {
    expect(monthAmounts(0, 0, '2027-01-01')).toEqual([]);
  });
});
