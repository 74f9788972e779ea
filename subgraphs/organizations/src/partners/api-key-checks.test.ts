import { Identity } from '@pfdo/platform';
import {
  checkApiKey,
  checkOverlapDays,
  DEFAULT_LIMITS,
  municipalityOfKey,
  organizationKindOfKey,
} from './api-key-checks';

const NOW = new Date('2026-11-30T12:00:00Z');
const MUNICIPALITY = '10000000-0000-4000-8000-000000000002';
const OTHER_MUNICIPALITY = '10000000-0000-4000-8000-000000000001';

const identity = (role: Identity['role'], municipalityId: string | null = null): Identity => ({
  userId: '30000000-0000-4000-8000-000000000005',
  role,
  fullName: 'Оператор',
  login: 'operator@demo.ru',
  organizationId: null,
  municipalityId,
  canViewPersonalData: false,
  canConfirmApplications: false,
});

const values = (extra: Record<string, unknown> = {}) => ({
  name: ' Каталог для школ ',
  partnerName: 'МАУ «ИЦ»',
  scopes: ['catalogue:read'],
  expiresOn: '2027-06-30',
  ...extra,
});

function fieldsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { fields: Record<string, string> } }).extensions.fields;
  }
  throw new Error('not refused');
}

describe('checkApiKey', () => {
  it('trims, applies the default limits and ends the key at the end of the region’s day', () => {
    const checked = checkApiKey(values(), NOW);
    expect(checked).toMatchObject({ name: 'Каталог для школ', ...DEFAULT_LIMITS, scopes: ['catalogue:read'] });
    expect(checked.expiresAt.toISOString()).toBe('2027-06-30T16:59:59.999Z');
  });

  it('names every bad field at once', () => {
    const fields = fieldsOf(() =>
      checkApiKey(
        values({ name: ' ', partnerName: '', scopes: ['admin'], expiresOn: '2026-02-31', requestsPerMinute: 0 }),
        NOW,
      ),
    );
    expect(Object.keys(fields).sort()).toEqual(['expiresOn', 'name', 'partnerName', 'requestsPerMinute', 'scopes']);
  });

  it.each(['2026-11-29', '2029-01-01', '30.06.2027'])('refuses the expiry %s', (expiresOn) => {
    expect(Object.keys(fieldsOf(() => checkApiKey(values({ expiresOn }), NOW)))).toEqual(['expiresOn']);
  });

  it('refuses an overlap past 30 days', () => {
    expect(checkOverlapDays(0)).toBe(0);
    expect(Object.keys(fieldsOf(() => checkOverlapDays(31)))).toEqual(['overlapDays']);
  });
});

describe('municipalityOfKey', () => {
  it('binds a municipal operator’s key to his municipality, whatever the scopes', () => {
    const operator = identity('MUNICIPAL_OPERATOR', MUNICIPALITY);
    expect(municipalityOfKey(operator, ['catalogue:read'], null)).toBe(MUNICIPALITY);
    expect(municipalityOfKey(operator, ['certificates:read'], MUNICIPALITY)).toBe(MUNICIPALITY);
    expect(() => municipalityOfKey(operator, ['certificates:read'], OTHER_MUNICIPALITY)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'API_KEY_MUNICIPALITY_REQUIRED' }) }),
    );
  });

  it('asks the regional operator for a municipality only for municipal scopes', () => {
    const region = identity('REGIONAL_OPERATOR');
    expect(municipalityOfKey(region, ['catalogue:read'], null)).toBeNull();
    expect(municipalityOfKey(region, ['certificates:read'], OTHER_MUNICIPALITY)).toBe(OTHER_MUNICIPALITY);
    expect(() => municipalityOfKey(region, ['certificates:read'], null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'API_KEY_MUNICIPALITY_REQUIRED' }) }),
    );
  });
});

describe('organizationKindOfKey', () => {
  it.each([
    [['catalogue:read', 'certificates:read'], null],
    [['applications:read'], 'RECEPTION'],
    [['applications:read', 'applications:write', 'catalogue:read'], 'RECEPTION'],
    [['contracts:read', 'catalogue:read'], 'PROVIDER'],
  ] as const)('%j acts for %s', (scopes, kind) => {
    expect(organizationKindOfKey(scopes)).toBe(kind);
  });

  it('refuses applications and contracts on one key', () => {
    expect(() => organizationKindOfKey(['applications:write', 'contracts:read'])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'API_KEY_ORGANIZATION_REQUIRED' }) }),
    );
  });
});
