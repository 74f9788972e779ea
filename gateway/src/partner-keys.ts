import { GraphQLError } from 'graphql';
import { ApiKeyResolveResponse, apiKeyResolveRoute } from '@pfdo/contracts';
import { Caller } from '@pfdo/platform/credential';
import { domainError, ErrorCode } from '@pfdo/platform/errors';
import { askOrganizations } from './session';
import { SessionCache, sessionIdOf, SessionRevocationListener } from './session-cache';

/** What a partner's key stands for: the PARTNER identity, its key and its limits per minute. */
export type ResolvedPartner = ApiKeyResolveResponse;

/**
 * The key of `Authorization: Bearer <key>`; null when the header is absent. A header that is there but is not
 * a bearer key is refused (INVALID_API_KEY) rather than ignored: a partner's mistake must not turn its calls
 * anonymous.
 */
export function bearerKeyFrom(authorization: string | undefined): string | null | 'malformed' {
  if (authorization === undefined) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(authorization.trim());
  return match ? match[1] : 'malformed';
}

function refusal(code: ErrorCode, message: string, status: number): GraphQLError {
  const error = domainError(code, message);
  error.extensions.http = { status, headers: new Map([['www-authenticate', 'Bearer realm="pfdo"']]) };
  return error;
}

/** INVALID_API_KEY, HTTP 401: unknown, revoked, expired or malformed; nothing is done, not even anonymously. */
export const invalidApiKey = () =>
  refusal(ErrorCode.InvalidApiKey, 'Ключ API недействителен: он неизвестен, отозван или истёк', 401);

/** API_KEY_WITH_SESSION, HTTP 400: a key never works in a browser's cookie context, nor a cookie with a key. */
export const apiKeyWithSession = () =>
  refusal(
    ErrorCode.ApiKeyWithSession,
    'Запрос с ключом API не должен нести cookie сессии: отправьте либо ключ, либо cookie',
    400,
  );

/**
 * Asks the organizations subgraph, which owns the keys, who is behind a key. Answers are kept in the sessions'
 * cache under the key's SHA-256, for the same few seconds and emptied the same way: a revoked or rotated
 * key's row changes, its trigger announces `u:<key id>` (the identity's userId is the key's id), and every
 * gateway drops it at the commit (README, «Partners»).
 */
export class PartnerKeyResolver {
  private readonly endpoint: string;

  constructor(
    organizationsUrl: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    private readonly cache: SessionCache | null = null,
    private readonly listener: SessionRevocationListener | null = null,
  ) {
    this.endpoint = new URL(apiKeyResolveRoute.path, organizationsUrl).toString();
  }

  async resolve(key: string, caller: Pick<Caller, 'clientIp' | 'requestId'>): Promise<ResolvedPartner | null> {
    if (!this.cache) return this.lookUp(key, caller);
    await this.listener?.ensure();
    const cacheKey = `key:${sessionIdOf(key)}`;
    const cached = this.cache.get(cacheKey)?.partner;
    if (cached && Date.parse(cached.expiresAt) > Date.now()) return cached;
    const snapshot = this.cache.snapshot();
    const resolved = await this.lookUp(key, caller);
    if (resolved) {
      this.cache.remember(cacheKey, { identity: resolved.identity, sessionId: cacheKey, partner: resolved }, snapshot);
    }
    return resolved;
  }

  /** A key ended by a mutation through this gateway: refused from the next request on (API_KEY_ENDED_HEADER). */
  forget(keyId: string): void {
    this.cache?.forgetUser(keyId);
  }

  private lookUp(key: string, caller: Pick<Caller, 'clientIp' | 'requestId'>): Promise<ResolvedPartner | null> {
    return askOrganizations(this.endpoint, { key }, apiKeyResolveRoute.response, caller, {
      secret: this.secret,
      timeoutMs: this.timeoutMs,
      label: 'api-key',
    });
  }
}
