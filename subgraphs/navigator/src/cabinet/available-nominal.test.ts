import { availableNominal, regionYearMonth } from './available-nominal';

describe('availableNominal', () => {
  it.each([
    // [moment (UTC), months left, kopecks of a 24 000,00 ₽ nominal]
    ['2026-01-10T05:00:00Z', 12, 24_000_00],
    ['2026-02-01T00:00:00Z', 11, 22_000_00],
    ['2026-06-15T12:00:00Z', 7, 14_000_00],
    ['2026-11-15T12:00:00Z', 2, 4_000_00],
    ['2026-12-31T16:59:59Z', 1, 2_000_00],
  ])('at %s leaves %i months and %i kopecks of 24 000 ₽', (moment, monthsLeft, kopecks) => {
    expect(availableNominal(24_000_00, new Date(moment))).toMatchObject({
      yearNominalKopecks: 24_000_00,
      monthsLeft,
      monthsInYear: 12,
      availableKopecks: kopecks,
    });
  });

  it('turns the year in the region’s calendar (UTC+7), not the server’s', () => {
    // 31 December 17:00 UTC is 1 January 00:00 in Новокузнецк: a new year, all 12 months again.
    expect(regionYearMonth(new Date('2026-12-31T17:00:00Z'))).toEqual({ year: 2027, month: 1 });
    expect(availableNominal(24_000_00, new Date('2026-12-31T17:00:00Z'))).toMatchObject({
      year: 2027,
      monthsLeft: 12,
      availableKopecks: 24_000_00,
    });
    expect(availableNominal(24_000_00, new Date('2026-12-31T16:59:59Z'))).toMatchObject({ year: 2026, monthsLeft: 1 });
  });

  it('rounds down to a whole kopeck, never up', () => {
    // 1 000,01 ₽ × 5 / 12 = 41 667,083… kopecks.
    expect(availableNominal(100_001, new Date('2026-08-10T00:00:00Z')).availableKopecks).toBe(41_667);
    expect(availableNominal(11, new Date('2026-12-10T00:00:00Z')).availableKopecks).toBe(0);
    expect(availableNominal(0, new Date('2026-03-10T00:00:00Z')).availableKopecks).toBe(0);
  });

  it('is exact for nominals beyond a double’s integers when multiplied, as a bigint column hands them over', () => {
    expect(availableNominal('900719925474099', new Date('2026-02-10T00:00:00Z')).availableKopecks).toBe(
      825659931684590,
    );
  });

  it('refuses a negative nominal', () => {
    expect(() => availableNominal(-1, new Date())).toThrow(RangeError);
  });
});
