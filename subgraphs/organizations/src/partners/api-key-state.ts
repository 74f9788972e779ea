import { ApiKeyEntity } from './api-key.entity';

/**
 * The lifecycle of a key (README, «Partners»): ACTIVE until it expires or is revoked; «Заменить ключ» makes it
 * REPLACED, still accepted until the overlap the operator chose ends (its `expiresAt`), then EXPIRED.
 */
export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  REPLACED = 'REPLACED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

type KeyFacts = Pick<ApiKeyEntity, 'revokedAt' | 'expiresAt' | 'replacedBy'>;

export function apiKeyStatusOf(key: KeyFacts, now: Date): ApiKeyStatus {
  if (key.revokedAt) return ApiKeyStatus.REVOKED;
  if (key.expiresAt.getTime() <= now.getTime()) return ApiKeyStatus.EXPIRED;
  return key.replacedBy ? ApiKeyStatus.REPLACED : ApiKeyStatus.ACTIVE;
}

/** Whether a call with the key is accepted now. */
export function acceptsCalls(key: KeyFacts, now: Date): boolean {
  const status = apiKeyStatusOf(key, now);
  return status === ApiKeyStatus.ACTIVE || status === ApiKeyStatus.REPLACED;
}

/** «Отозвать»: a key not yet revoked or expired (a replaced one too: the overlap ends at once). */
export function mayRevoke(key: KeyFacts, now: Date): boolean {
  return acceptsCalls(key, now);
}

/** «Заменить ключ»: only the current key of a chain; a replaced one already has its successor. */
export function mayRotate(key: KeyFacts, now: Date): boolean {
  return apiKeyStatusOf(key, now) === ApiKeyStatus.ACTIVE;
}
