import type { DataSource } from 'typeorm';
import { DailyUploadQuota } from '@pfdo/platform';
import { CertificatesConfig } from '../config';
import { SCHEMA } from '../data-source';

export type { QuotaRefusal } from '@pfdo/platform';

/** Each account's daily allowance of document scans (SCAN_UPLOADS_PER_DAY, SCAN_UPLOAD_MEGABYTES_PER_DAY). */
export function scanUploadQuota(
  dataSource: DataSource,
  config: Pick<CertificatesConfig, 'scanUploadsPerDay' | 'scanUploadMegabytesPerDay'>,
): DailyUploadQuota {
  return new DailyUploadQuota(dataSource, {
    schema: SCHEMA,
    table: 'upload_quotas',
    keyPrefixes: { files: 'scans', volume: 'scan-kib' },
    filesPerDay: config.scanUploadsPerDay,
    megabytesPerDay: config.scanUploadMegabytesPerDay,
    what: 'сканов',
  });
}
