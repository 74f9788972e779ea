import { newApplicationNumber, newCabinetPassword, newCertificateNumber } from './numbers';

const draw = (make: () => string, count = 2000) => Array.from({ length: count }, make);

/** How many draws follow their predecessor by exactly one: a sequence would have them all. */
const consecutive = (values: string[]) => values.filter((value, i) => i > 0 && +value === +values[i - 1] + 1).length;

describe('application and certificate numbers (docs/domain.md §6 rule 4)', () => {
  it('gives an application 8 digits, never starting with 0', () => {
    for (const number of draw(newApplicationNumber)) expect(number).toMatch(/^[1-9]\d{7}$/);
  });

  it('gives a certificate 10 digits, never starting with 0', () => {
    for (const number of draw(newCertificateNumber)) expect(number).toMatch(/^[1-9]\d{9}$/);
  });

  it.each([
    ['application', newApplicationNumber],
    ['certificate', newCertificateNumber],
  ])('draws %s numbers that no one can guess from the previous one', (_kind, make) => {
    const numbers = draw(make);
    expect(new Set(numbers).size).toBeGreaterThan(1990);
    expect(consecutive(numbers)).toBeLessThan(5);
  });
});

describe("the navigator cabinet's password", () => {
  it('has 10 characters with no look-alikes (l/1/I, O/0)', () => {
    for (const password of draw(newCabinetPassword)) {
      expect(password).toMatch(/^[a-zA-Z2-9]{10}$/);
      expect(password).not.toMatch(/[ilo01IO]/);
    }
  });

  it('is different every time', () => {
    expect(new Set(draw(newCabinetPassword)).size).toBe(2000);
  });
});
