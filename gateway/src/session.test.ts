import { clearedSessionCookie, SESSION_COOKIE, sessionCookie, sessionTokenFrom } from './session';

const TOKEN = 'A'.repeat(21) + '-_' + 'z9'.repeat(10);

describe('the session cookie', () => {
  it('reads the token from the Cookie header among others', () => {
    expect(sessionTokenFrom(`theme=dark; ${SESSION_COOKIE}=${TOKEN}; lang=ru`)).toBe(TOKEN);
  });

  it.each([
    ['no header', undefined],
    ['no session cookie', 'theme=dark'],
    ['a token too short', `${SESSION_COOKIE}=${'a'.repeat(19)}`],
    ['a token too long', `${SESSION_COOKIE}=${'a'.repeat(129)}`],
    ['characters outside base64url', `${SESSION_COOKIE}=${'a'.repeat(20)}%27%20OR%201%3D1`],
    ['padding', `${SESSION_COOKIE}=${'a'.repeat(40)}==`],
  ])('finds nothing with %s', (_case, header) => {
    expect(sessionTokenFrom(header)).toBeNull();
  });

  it('is set httpOnly, SameSite=Lax, for the whole site, for 12 hours', () => {
    const cookie = sessionCookie(TOKEN, false);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=${TOKEN};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200');
    expect(cookie).not.toContain('Secure');
  });

  it('is Secure when asked (production, HTTPS)', () => {
    expect(sessionCookie(TOKEN, true)).toContain('Secure');
    expect(clearedSessionCookie(true)).toContain('Secure');
  });

  it('is cleared with an empty value that expires at once', () => {
    const cookie = clearedSessionCookie(false);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(cookie).toContain('Max-Age=0');
    expect(cookie).toContain('HttpOnly');
  });
});
