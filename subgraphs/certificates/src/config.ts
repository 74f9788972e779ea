import path from 'node:path';
import { EnvReader } from '@pfdo/platform';
import { serviceUrl, urlVariableOf } from '@pfdo/platform/services';
import { GROUP_CHANGE_BATCH_SIZE } from './group-changes/group-change.service';

export interface CertificatesConfig {
  emailUrl: string;
  organizationsUrl: string;
  navigatorUrl: string;
  /** The web app as a browser reaches it: the QR code on a printed form opens its registry cabinet. */
  webUrl: string;
  /** Where uploaded document scans are kept by the default, local-folder storage. */
  scanStorageDir: string;
  maxScanBytes: number;
  /** The largest «Положение о ПДО» an operator may upload (a scanned municipal act). */
  maxRegulationBytes: number;
  /** Each account's daily allowance of uploaded scans, by count and by volume. */
  scanUploadsPerDay: number;
  scanUploadMegabytesPerDay: number;
  /** The application form's layout runs on worker threads: how many, how many renders may wait, and for how long. */
  pdfRenderThreads: number;
  pdfRenderQueue: number;
  pdfRenderTimeoutMs: number;
  /** The register's own pool: its searches and counts cannot take the connections the rest of the subgraph needs. */
  registerPoolSize: number;
  /** A register tab is counted exactly up to this many applications, and is «более …» beyond. */
  registerExactCountLimit: number;
  /** «Пакетные обработки»: certificates per batch of a mass change of group (one transaction each). */
  groupChangeBatchSize: number;
}

export function readCertificatesConfig(reader: EnvReader): CertificatesConfig {
  return {
    emailUrl: reader.url(urlVariableOf('email'), ['http', 'https'], serviceUrl('email')),
    organizationsUrl: reader.url(urlVariableOf('organizations'), ['http', 'https'], serviceUrl('organizations')),
    navigatorUrl: reader.url(urlVariableOf('navigator'), ['http', 'https'], serviceUrl('navigator')),
    webUrl: reader.url(urlVariableOf('web'), ['http', 'https'], serviceUrl('web')),
    // Beside the embedded cluster and the kept secret, so that one data folder holds what a backup covers.
    scanStorageDir: path.resolve(reader.string('SCAN_STORAGE_DIR', path.join(reader.dataDir(), 'scans'))),
    maxScanBytes: reader.positiveInteger('MAX_SCAN_BYTES', 10 * 1024 * 1024),
    // A signed act scanned at 300 dpi runs to about 0.5 MB a page; 20 MB holds 30–40 pages and still
    // opens on a parent's phone over a mobile link.
    maxRegulationBytes: reader.positiveInteger('MAX_REGULATION_BYTES', 20 * 1024 * 1024),
    scanUploadsPerDay: reader.positiveInteger('SCAN_UPLOADS_PER_DAY', 50),
    scanUploadMegabytesPerDay: reader.positiveInteger('SCAN_UPLOAD_MEGABYTES_PER_DAY', 200),
    pdfRenderThreads: reader.positiveInteger('PDF_RENDER_THREADS', 1),
    pdfRenderQueue: reader.positiveInteger('PDF_RENDER_QUEUE', 8),
    pdfRenderTimeoutMs: reader.positiveInteger('PDF_RENDER_TIMEOUT_MS', 5_000),
    registerPoolSize: reader.positiveInteger('DB_REGISTER_POOL_SIZE', 3),
    registerExactCountLimit: reader.positiveInteger('REGISTER_EXACT_COUNT_LIMIT', 10_000),
    groupChangeBatchSize: reader.positiveInteger('GROUP_CHANGE_BATCH_SIZE', GROUP_CHANGE_BATCH_SIZE),
  };
}
