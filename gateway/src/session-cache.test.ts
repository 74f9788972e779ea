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

  it('does not keep a lookup that was in flight while its session ended or its user changed', () => {
    const cache = listeningCache();
    const before = cache.snapshot();
    cache.apply('s:s1');
    cache.apply('u:u2');
    cache.remember('s1', session('s1', 'u1'), before);
    cache.remember('s2', session('s2', 'u2'), before);
    expect([cache.get('s1'), cache.get('s2')]).toEqual([undefined, undefined]);
  });

  it('keeps a lookup that was in flight while other sessions ended and other users changed', () => {
    const cache = listeningCache();
    const before = cache.snapshot();
    cache.apply('s:other');
    cache.apply('u:someone-else');
    cache.remember('s1', session('s1', 'u1'), before);
    expect(cache.get('s1')?.sessionId).toBe('s1');
  });

  it('does not keep a lookup that was in flight across a gap in listening, or across more revocations than it remembers', () => {
    const cache = listeningCache();
    const acrossGap = cache.snapshot();
    cache.setListening(false);
    cache.setListening(true);
    cache.remember('s1', session('s1', 'u1'), acrossGap);
    expect(cache.get('s1')).toBeUndefined();

    const longAgo = cache.snapshot();
    for (let index = 0; index < 1_001; index += 1) cache.apply(`s:other-${index}`);
    cache.remember('s1', session('s1', 'u1'), longAgo);
    expect(cache.get('s1')).toBeUndefined();
    cache.remember('s1', session('s1', 'u1'), cache.snapshot());
    expect(cache.get('s1')?.sessionId).toBe('s1');
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
