import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { apiKeyOperationRoute } from '@pfdo/contracts';
import { Caller } from '@pfdo/platform/credential';
import { domainError, ErrorCode } from '@pfdo/platform/errors';
import type { ResolvedPartner } from './partner-keys';
import { askOrganizations } from './session';

/** What the gateway reads of a GraphQL request's body for registered operations. */
interface OperationBody {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** OPERATION_NOT_REGISTERED, HTTP 403: a registered-only key sent something not registered for it. */
export function operationNotRegistered(): GraphQLError {
  const error = domainError(
    ErrorCode.OperationNotRegistered,
    'Ключ принимает только зарегистрированные операции: отправьте extensions.persistedQuery.sha256Hash ' +
      'операции, зарегистрированной для этого ключа, или её текст без изменений',
  );
  error.extensions.http = { status: 403 };
  return error;
}

/** The hash a request names in `extensions.persistedQuery` (version 1), if any. */
function persistedHashOf(body: OperationBody): string | null {
  const persisted = body.extensions?.persistedQuery;
  if (!persisted || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') return null;
  return /^[0-9a-f]{64}$/.test(persisted.sha256Hash) ? persisted.sha256Hash : null;
}

/**
 * Registered operations (trusted documents; README, «Partners»), kept by the organizations subgraph with the keys.
 * A partner's request that names a registered operation's hash alone runs that operation's text. A key set to
 * «только зарегистрированные операции» runs nothing else: a hash registered for it, or a text whose SHA-256 is.
 * Looked up per request (a primary-key read), so a removed operation stops at once.
 */
export class RegisteredOperations {
  private readonly endpoint: string;

  constructor(
    organizationsUrl: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
  ) {
    this.endpoint = new URL(apiKeyOperationRoute.path, organizationsUrl).toString();
  }

  /**
   * Puts the registered text into the request's body (Apollo Server reads it after the context is made), or
   * refuses the request when the key runs registered operations only and this one is not.
   */
  async apply(body: unknown, partner: ResolvedPartner, caller: Pick<Caller, 'clientIp' | 'requestId'>) {
    const request = (body && typeof body === 'object' ? body : {}) as OperationBody;
    const text = typeof request.query === 'string' ? request.query : null;
    const named = persistedHashOf(request);
    if (!partner.registeredOnly && (text !== null || named === null)) return;
    const hash = text !== null ? sha256Of(text) : named;
    if (hash === null || (named !== null && named !== hash)) throw operationNotRegistered();
    const document = await this.find(partner.keyId, hash, caller);
    if (document === null) {
      if (partner.registeredOnly) throw operationNotRegistered();
      return;
    }
    request.query = document;
  }

  private async find(keyId: string, sha256: string, caller: Pick<Caller, 'clientIp' | 'requestId'>) {
    const found = await askOrganizations(this.endpoint, { keyId, sha256 }, apiKeyOperationRoute.response, caller, {
      secret: this.secret,
      timeoutMs: this.timeoutMs,
      label: 'api-key-operation',
    });
    return found?.document ?? null;
  }
}
