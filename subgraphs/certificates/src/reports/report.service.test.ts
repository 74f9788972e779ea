import { Identity } from '@pfdo/platform';
import { reportScopeFor } from './report.service';

const NOVOKUZNETSK = '10000000-0000-4000-8000-000000000002';
const KEMEROVO = '10000000-0000-4000-8000-000000000001';
const operator = { role: 'MUNICIPAL_OPERATOR', municipalityId: NOVOKUZNETSK } as Identity;
const region = { role: 'REGIONAL_OPERATOR', municipalityId: null } as Identity;

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { code: string; fields?: Record<string, string> } }).extensions;
  }
  return null;
};

describe('reportScopeFor', () => {
  it('gives a municipal operator his own municipality, whatever he leaves out', () => {
    expect(reportScopeFor(operator, { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      municipalityId: NOVOKUZNETSK,
    });
    expect(
      fieldsOf(() => reportScopeFor(operator, { from: '2026-11-01', to: '2026-11-30', municipalityId: KEMEROVO })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('gives the regional operator the region, or the municipality he names', () => {
    expect(reportScopeFor(region, { from: '2026-11-01', to: '2026-11-01' }).municipalityId).toBeNull();
    expect(
      reportScopeFor(region, { from: '2026-11-01', to: '2026-11-01', municipalityId: KEMEROVO }).municipalityId,
    ).toBe(KEMEROVO);
  });

  it.each([
    ['2026-02-30', '2026-03-01', 'from'],
    ['2026-13-01', '2026-12-01', 'from'],
    ['0000-01-01', '2026-01-01', 'from'],
    ['2026-01-01', '99999-01-01', 'to'],
    ['01.11.2026', '2026-11-30', 'from'],
  ])('refuses %s – %s, naming the field', (from, to, field) => {
    expect(fieldsOf(() => reportScopeFor(region, { from, to }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: expect.any(String) },
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(fieldsOf(() => reportScopeFor(region, { from: '2026-11-02', to: '2026-11-01' }))).toMatchObject({
      fields: { to: 'Конец периода раньше его начала' },
    });
  });
});
