import { DataSource } from 'typeorm';
import { ApiKeyResolveResponse } from '@pfdo/contracts';
import { ApiKeyOperationEntity } from './api-key-operation.entity';
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
      organizationId: row.organizationId,
      municipalityId: row.municipalityId,
      canViewPersonalData: false,
      canConfirmApplications: false,
      scopes: row.scopes,
    },
    limits: { requestsPerMinute: row.requestsPerMinute, costPerMinute: row.costPerMinute },
    expiresAt: row.expiresAt.toISOString(),
    registeredOnly: row.registeredOnly,
  };
}

/** The text registered for the key under this hash, or null (the gateway's question for a registered operation). */
export async function findRegisteredOperation(dataSource: DataSource, keyId: string, sha256: string) {
  const row = await dataSource.getRepository(ApiKeyOperationEntity).findOneBy({ keyId, sha256 });
  return row?.document ?? null;
}
