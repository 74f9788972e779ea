import { createHmac, timingSafeEqual } from 'node:crypto';
import { isStatusMailKind, OPTIONAL_STATUS_MAIL_KINDS, StatusMailKind } from '@pfdo/contracts';
import { isUuid } from '@pfdo/platform';

/**
 * The e-mail's «Отписаться» link: `v1.<user id>.<kind>.<signature>`, the signature an HMAC-SHA256 of the rest
 * with a key derived from the service's secret. It needs no sign-in and no stored state; it can only turn off
 * the one optional kind of the one user it names, and cannot be made for another without the secret.
 */
const VERSION = 'v1';

const keyOf = (secret: string) => createHmac('sha256', secret).update('pfdo:unsubscribe-token').digest();

function signatureOf(secret: string, body: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(body).digest();
}

export function unsubscribeToken(secret: string, userId: string, kind: StatusMailKind): string {
  const body = `${VERSION}.${userId}.${kind}`;
  return `${body}.${signatureOf(secret, body).toString('base64url')}`;
}

/** The user and kind a token names, if this service signed it for an optional kind; null otherwise. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; kind: StatusMailKind } | null {
  if (token.length > 200) return null;
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [version, userId, kind, signature] = parts;
  if (version !== VERSION || !isUuid(userId) || !isStatusMailKind(kind)) return null;
  const expected = signatureOf(secret, `${version}.${userId}.${kind}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!OPTIONAL_STATUS_MAIL_KINDS.includes(kind)) return null;
  return { userId, kind };
}
