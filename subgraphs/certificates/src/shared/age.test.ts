import { ageOn, birthdayOf, isIsoDate, regionDate } from './age';

/** The day after a YYYY-MM-DD day. */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Every day from `first` up to and including `last`. */
function* days(first: string, last: string): Generator<string> {
  for (let day = first; day <= last; day = nextDay(day)) yield day;
}

describe("the region's calendar day", () => {
  it.each([
    ['2026-11-29T16:59:59Z', '2026-11-29'],
    ['2026-11-29T17:00:00Z', '2026-11-30'],
    ['2026-12-31T17:00:00Z', '2027-01-01'],
    ['2026-03-01T06:00:00Z', '2026-03-01'],
  ])('at %s is %s in Kemerovo (UTC+7)', (moment, day) => {
    expect(regionDate(new Date(moment))).toBe(day);
  });
});

describe('full years of age', () => {
  it.each([
    ['2012-11-30', '2026-11-29', 13],
    ['2012-11-30', '2026-11-30', 14],
    ['2012-11-30', '2026-12-01', 14],
    ['2008-06-15', '2026-06-14', 17],
    ['2008-06-15', '2026-06-15', 18],
    ['2021-01-01', '2026-01-01', 5],
    ['2021-01-02', '2026-01-01', 4],
    // Born on 29 February: a year older on 1 March of a common year, on 29 February of a leap year.
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
    ['2012-02-29', '2028-02-29', 16],
    ['2026-11-30', '2026-11-30', 0],
  ])('born %s, on %s: %i', (birthDate, day, age) => {
    expect(ageOn(birthDate, day)).toBe(age);
  });

  it('turns N on the birthday birthdayOf names, and is N − 1 the day before, for every birth date of five years', () => {
    const wrong: string[] = [];
    for (const birthDate of days('2008-01-01', '2012-12-31')) {
      for (const years of [5, 14, 18]) {
        const birthday = birthdayOf(birthDate, years);
        if (ageOn(birthDate, birthday) !== years) wrong.push(`${birthDate}: not ${years} on ${birthday}`);
        if (ageOn(birthDate, previousDay(birthday)) !== years - 1)
          wrong.push(`${birthDate}: already ${years} the day before ${birthday}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts a birthday on 29 February from 1 March in a common year', () => {
    expect(birthdayOf('2012-02-29', 14)).toBe('2026-03-01');
    expect(birthdayOf('2012-02-29', 16)).toBe('2028-02-29');
    expect(birthdayOf('2011-03-10', 14)).toBe('2025-03-10');
  });
});

describe('a calendar date written as YYYY-MM-DD', () => {
  it.each(['2026-11-30', '2024-02-29', '2000-02-29', '1900-01-01', '2026-12-31'])('accepts %p', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-1-05',
    '26-11-30',
    '30.11.2026',
    ' 2026-11-30',
    '2026-11-30T00:00:00Z',
    '',
  ])('refuses %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});
