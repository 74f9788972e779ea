import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A key as the partner holds it: `pfdo_<prefix>_<secret>`. The prefix (8 hex digits) is shown in the lists to
 * tell keys apart and finds the row; the secret is 32 random bytes. The row keeps an HMAC-SHA-256 of the whole
 * key, keyed from the gateway secret: with 256 bits of entropy a fast keyed hash is enough (a slow password
 * hash would cost every partner request tens of milliseconds for nothing), and a stolen table without the
 * secret tells nothing. Changing GATEWAY_SECRET therefore invalidates every key (README, «Partners»).
 */
const KEY_PATTERN = /^pfdo_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export interface NewKey {
  key: string;
  prefix: string;
  hash: string;
}

function hashKeyOf(gatewaySecret: string): Buffer {
  return createHmac('sha256', gatewaySecret).update('pfdo api key hashes v1').digest();
}

export class ApiKeySecrets {
  private readonly hashKey: Buffer;

  constructor(gatewaySecret: string) {
    this.hashKey = hashKeyOf(gatewaySecret);
  }

  generate(): NewKey {
    const prefix = randomBytes(4).toString('hex');
    const key = `pfdo_${prefix}_${randomBytes(32).toString('base64url')}`;
    return { key, prefix, hash: this.hash(key) };
  }

  hash(key: string): string {
    return createHmac('sha256', this.hashKey).update(key).digest('hex');
  }

  /** Whether the key matches the stored hash, in constant time. */
  matches(key: string, storedHash: string): boolean {
    const expected = Buffer.from(storedHash, 'hex');
    const actual = Buffer.from(this.hash(key), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}

/** The prefix of a well-formed key, or null for anything else (never looked up). */
export function prefixOf(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}
