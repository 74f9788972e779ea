import { EnvReader } from '@pfdo/platform';
import path from 'node:path';

export interface CertificatesConfig {
  emailUrl: string;
  organizationsUrl: string;
  navigatorUrl: string;
  /** Where uploaded document scans are kept by the default, local-folder storage. */
  scanStorageDir: string;
  maxScanBytes: number;
  /** Each account's daily allowance of uploaded scans, by count and by volume. */
  scanUploadsPerDay: number;
  scanUploadMegabytesPerDay: number;
}

export function readCertificatesConfig(reader: EnvReader): CertificatesConfig {
  return {
    emailUrl: reader.url('EMAIL_URL', ['http', 'https'], 'http://localhost:4004/graphql'),
    organizationsUrl: reader.url('ORGANIZATIONS_URL', ['http', 'https'], 'http://localhost:4002/graphql'),
    navigatorUrl: reader.url('NAVIGATOR_URL', ['http', 'https'], 'http://localhost:4003/graphql'),
    // Beside the embedded cluster and the kept secret, so that one data folder holds what a backup covers.
    scanStorageDir: path.resolve(reader.string('SCAN_STORAGE_DIR', path.join(reader.dataDir(), 'scans'))),
    maxScanBytes: reader.positiveInteger('MAX_SCAN_BYTES', 10 * 1024 * 1024),
    scanUploadsPerDay: reader.positiveInteger('SCAN_UPLOADS_PER_DAY', 50),
    scanUploadMegabytesPerDay: reader.positiveInteger('SCAN_UPLOAD_MEGABYTES_PER_DAY', 200),
  };
}
