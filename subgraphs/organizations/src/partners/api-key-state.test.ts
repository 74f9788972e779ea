import { acceptsCalls, apiKeyStatusOf, ApiKeyStatus, mayRevoke, mayRotate } from './api-key-state';

const NOW = new Date('2026-11-30T12:00:00Z');
const LATER = new Date('2027-01-01T00:00:00Z');
const EARLIER = new Date('2026-11-01T00:00:00Z');
const OTHER = '00000000-0000-4000-8000-000000000001';

describe('the API key lifecycle', () => {
  it.each([
    ['active', { revokedAt: null, expiresAt: LATER, replacedBy: null }, ApiKeyStatus.ACTIVE, true, true, true],
    [
      'replaced, in its overlap',
      { revokedAt: null, expiresAt: LATER, replacedBy: OTHER },
      ApiKeyStatus.REPLACED,
      true,
      true,
      false,
    ],
    [
      'replaced, overlap over',
      { revokedAt: null, expiresAt: EARLIER, replacedBy: OTHER },
      ApiKeyStatus.EXPIRED,
      false,
      false,
      false,
    ],
    ['expired', { revokedAt: null, expiresAt: EARLIER, replacedBy: null }, ApiKeyStatus.EXPIRED, false, false, false],
    ['revoked', { revokedAt: EARLIER, expiresAt: LATER, replacedBy: null }, ApiKeyStatus.REVOKED, false, false, false],
    [
      'expiring this very moment',
      { revokedAt: null, expiresAt: NOW, replacedBy: null },
      ApiKeyStatus.EXPIRED,
      false,
      false,
      false,
    ],
  ])('%s', (_name, key, status, accepts, revocable, rotatable) => {
    expect(apiKeyStatusOf(key, NOW)).toBe(status);
    expect(acceptsCalls(key, NOW)).toBe(accepts);
    expect(mayRevoke(key, NOW)).toBe(revocable);
    expect(mayRotate(key, NOW)).toBe(rotatable);
  });
});
