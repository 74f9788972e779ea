import { DataSource } from 'typeorm';
import { ApiKeyUsageRecord } from '@pfdo/contracts';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';
import { ApiKeyUsageDay } from './api-key.type';

export const MAX_USAGE_DAYS = 90;

/**
 * Stores one batch of partner calls sent by a gateway, in one statement. A record naming no key here (never
 * one the gateway resolved, but a body is checked, not trusted) is dropped.
 */
export async function recordApiKeyUsage(dataSource: DataSource, records: ApiKeyUsageRecord[]): Promise<number> {
  const column = <K extends keyof ApiKeyUsageRecord>(key: K) => records.map((record) => record[key]);
  const [, inserted] = (await dataSource.query(
    `INSERT INTO organizations.api_key_usage (key_id, operation_name, cost, http_status, code, occurred_at, request_id)
     SELECT u.key_id, u.operation_name, u.cost, u.http_status, u.code, u.occurred_at, u.request_id
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::text[], $6::timestamptz[], $7::text[])
            AS u (key_id, operation_name, cost, http_status, code, occurred_at, request_id)
       JOIN organizations.api_keys k ON k.id = u.key_id`,
    [
      column('keyId'),
      column('operationName'),
      column('cost'),
      column('httpStatus'),
      column('code'),
      column('occurredAt'),
      column('requestId'),
    ],
  )) as [unknown, number];
  return inserted;
}

/** Calls per region's day over the last `days` days, newest first; days without calls are left out. */
export async function usagePerDay(dataSource: DataSource, keyId: string, days: number): Promise<ApiKeyUsageDay[]> {
  const rows = (await dataSource.query(
    `SELECT to_char(occurred_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
            count(*)::int AS requests,
            count(*) FILTER (WHERE http_status >= 400 OR code IS NOT NULL)::int AS refused,
            coalesce(sum(cost), 0)::int AS cost
       FROM organizations.api_key_usage
      WHERE key_id = $1 AND occurred_at >= now() - make_interval(days => $2)
      GROUP BY 1 ORDER BY 1 DESC`,
    [keyId, days, REGION_TIME_ZONE],
  )) as ApiKeyUsageDay[];
  return rows;
}
