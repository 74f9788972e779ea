import type { ResolvedSession } from './session';
import { SessionCache } from './session-cache';

const session = (sessionId: string, userId: string): ResolvedSession => ({
  sessionId,
  identity: {
    userId,
    role: 'CITIZEN',
    fullName: 'Кэшев Сеанс Петрович',
    login: `${userId}@example.ru`,
    organizationId: null,
    municipalityId: null,
    canViewPersonalData: false,
    canConfirmApplications: false,
  },
});

function listeningCache(): SessionCache {
  const cache = new SessionCache({ ttlMs: 60_000, max: 100 });
  cache.setListening(true);
  return cache;
}

describe('SessionCache', () => {
  it('keeps a resolved session and forgets it when its session ends', () => {
    const cache = listeningCache();
    cache.remember('s1', session('s1', 'u1'), cache.snapshot());
    expect(cache.get('s1')?.identity.userId).toBe('u1');
    cache.apply('s:s1');
    expect(cache.get('s1')).toBeUndefined();
  });

  it('forgets every session of a user that changed, and no other', () => {
    const cache = listeningCache();
    cache.remember('s1', session('s1', 'u1'), cache.snapshot());
    cache.remember('s2', session('s2', 'u1'), cache.snapshot());
    cache.remember('s3', session('s3', 'u2'), cache.snapshot());
    cache.apply('u:u1');
    expect([cache.get('s1'), cache.get('s2'), cache.get('s3')?.sessionId]).toEqual([undefined, undefined, 's3']);
  });

  it('does not keep a lookup that was in flight while something was revoked', () => {
    const cache = listeningCache();
    const before = cache.snapshot();
    cache.apply('s:other');
    cache.remember('s1', session('s1', 'u1'), before);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('answers nothing from memory while revocations are not heard, and forgets all it kept', () => {
    const cache = new SessionCache({ ttlMs: 60_000, max: 100 });
    cache.remember('s1', session('s1', 'u1'), cache.snapshot());
    expect(cache.get('s1')).toBeUndefined();
    cache.setListening(true);
    cache.remember('s1', session('s1', 'u1'), cache.snapshot());
    cache.setListening(false);
    cache.setListening(true);
    expect(cache.get('s1')).toBeUndefined();
  });
});
