import { DataSource } from 'typeorm';
import { ApiKeyResolveResponse } from '@pfdo/contracts';
import { ApiKeySecrets, prefixOf } from './api-key-secret';
import { acceptsCalls } from './api-key-state';
import { ApiKeyEntity } from './api-key.entity';

/**
 * The gateway's question for a request with `Authorization: Bearer <key>`: which partner is calling, with
 * what scopes and limits. Null for a malformed, unknown, revoked or expired key.
 */
export async function resolveApiKey(
  dataSource: DataSource,
  secrets: ApiKeySecrets,
  key: string,
  now = new Date(),
): Promise<ApiKeyResolveResponse | null> {
  const prefix = prefixOf(key);
  if (!prefix) return null;
  const row = await dataSource.getRepository(ApiKeyEntity).findOneBy({ prefix });
  if (!row || !secrets.matches(key, row.secretHash) || !acceptsCalls(row, now)) return null;
  return {
    keyId: row.id,
    identity: {
      userId: row.id,
      role: 'PARTNER',
      fullName: row.partnerName,
      login: `pfdo_${row.prefix}`,
      organizationId: null,
      municipalityId: row.municipalityId,
      canViewPersonalData: false,
      canConfirmApplications: false,
      scopes: row.scopes,
    },
    limits: { requestsPerMinute: row.requestsPerMinute, costPerMinute: row.costPerMinute },
    expiresAt: row.expiresAt.toISOString(),
  };
}
