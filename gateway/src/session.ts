import { Caller, Identity, mintCredential, CREDENTIAL_HEADER, SESSION_RESOLVE_PATH } from '@pfdo/platform';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';

export const SESSION_COOKIE = 'pfdo_session';
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  const token = parseCookies(cookieHeader)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{20,128}$/.test(token) ? token : null;
}

export function sessionCookie(token: string, secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}

export interface ResolvedSession {
  identity: Identity;
  sessionId: string;
}

/** Asks the organizations subgraph, which owns sessions, who is behind a cookie. */
export class SessionResolver {
  private readonly endpoint: string;

  constructor(
    organizationsUrl: string,
    private readonly secret: string,
  ) {
    this.endpoint = new URL(SESSION_RESOLVE_PATH, organizationsUrl).toString();
  }

  async resolve(token: string, caller: Pick<Caller, 'clientIp' | 'requestId'>): Promise<ResolvedSession | null> {
    const credential = await mintCredential({ ...caller, identity: null, sessionId: null }, this.secret);
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CREDENTIAL_HEADER]: credential },
      body: JSON.stringify({ token }),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`session lookup failed with HTTP ${response.status}`);
    return (await response.json()) as ResolvedSession;
  }
}
