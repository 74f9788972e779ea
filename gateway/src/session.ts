import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { GraphQLError } from 'graphql';
import {
  ApiKeyOperationRequest,
  ApiKeyResolveRequest,
  ApiKeyResolveResponse,
  checkBody,
  SessionResolveRequest,
  sessionResolveRoute,
} from '@pfdo/contracts';
import { Caller, CREDENTIAL_HEADER, Identity, mintCredential } from '@pfdo/platform/credential';
import { logThrottle, SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS, serviceUnavailable } from '@pfdo/platform/errors';
import { REQUEST_ID_HEADER } from '@pfdo/platform/observability';
import { SessionCache, sessionIdOf, SessionRevocationListener } from './session-cache';

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
  /** Set for a partner's API key kept in the same cache (partner-keys.ts). */
  partner?: ApiKeyResolveResponse;
}

/**
 * SERVICE_UNAVAILABLE with HTTP 503 and Retry-After: the organizations subgraph (or its database) could not
 * say who is calling, so nothing was done, and the caller may send the whole request again.
 */
export function sessionLookupUnavailable(): GraphQLError {
  const error = serviceUnavailable();
  error.extensions.http = {
    status: 503,
    headers: new Map([['retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS)]]),
  };
  return error;
}

/**
 * One question to the organizations subgraph about who is calling (a session's token, a partner's key): the
 * answer checked against its contract, null for 404. Any other failure is SERVICE_UNAVAILABLE (503): without
 * knowing who calls, nothing can be answered, and the whole request waits for a retry.
 */
export async function askOrganizations<T>(
  endpoint: string,
  body: SessionResolveRequest | ApiKeyResolveRequest | ApiKeyOperationRequest,
  schema: Parameters<typeof checkBody<T>>[0],
  caller: Pick<Caller, 'clientIp' | 'requestId'>,
  options: { secret: string; timeoutMs: number; label: string },
): Promise<T | null> {
  const credential = await mintCredential({ ...caller, identity: null, sessionId: null }, options.secret);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CREDENTIAL_HEADER]: credential,
        [REQUEST_ID_HEADER]: caller.requestId,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const reason = (error as Error).cause
      ? `${(error as Error).message}: ${String((error as Error).cause)}`
      : (error as Error).message;
    logThrottle.log(
      `gateway:${options.label}-lookup:unreachable`,
      `[gateway] ${options.label} lookup failed: ${reason}`,
    );
    throw sessionLookupUnavailable();
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    logThrottle.log(
      `gateway:${options.label}-lookup:${response.status}`,
      `[gateway] ${options.label} lookup failed with HTTP ${response.status}`,
    );
    throw sessionLookupUnavailable();
  }
  const resolved = checkBody(schema, await response.json().catch(() => null));
  if (!resolved.ok) {
    logThrottle.log(
      `gateway:${options.label}-lookup:contract`,
      `[gateway] ${options.label} lookup answered a body that breaks its contract: ${resolved.issues}`,
    );
    throw sessionLookupUnavailable();
  }
  return resolved.value;
}

/**
 * Asks the organizations subgraph, which owns sessions, who is behind a cookie; the answers are kept for a
 * few seconds in a cache that every revocation empties at once (session-cache.ts).
 */
export class SessionResolver {
  private readonly endpoint: string;

  constructor(
    organizationsUrl: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    private readonly cache: SessionCache | null = null,
    private readonly listener: SessionRevocationListener | null = null,
  ) {
    this.endpoint = new URL(sessionResolveRoute.path, organizationsUrl).toString();
  }

  async resolve(token: string, caller: Pick<Caller, 'clientIp' | 'requestId'>): Promise<ResolvedSession | null> {
    if (!this.cache) return this.lookUp(token, caller);
    await this.listener?.ensure();
    const sessionId = sessionIdOf(token);
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const snapshot = this.cache.snapshot();
    const resolved = await this.lookUp(token, caller);
    if (resolved) this.cache.remember(sessionId, resolved, snapshot);
    return resolved;
  }

  /** A session closed through this gateway is refused from the next request on, before any notification. */
  forget(sessionId: string): void {
    this.cache?.forgetSession(sessionId);
  }

  /** A user whose sessions ended through this gateway: each is looked up afresh from the next request on. */
  forgetUser(userId: string): void {
    this.cache?.forgetUser(userId);
  }

  private async lookUp(token: string, caller: Pick<Caller, 'clientIp' | 'requestId'>): Promise<ResolvedSession | null> {
    return askOrganizations(this.endpoint, { token }, sessionResolveRoute.response, caller, {
      secret: this.secret,
      timeoutMs: this.timeoutMs,
      label: 'session',
    });
  }
}
