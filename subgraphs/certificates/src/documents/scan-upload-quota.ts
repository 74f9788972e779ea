import type { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { isLimitReached, postgresLimiter, retryAfterText, secondsUntilRetry } from '@pfdo/platform';
import { CertificatesConfig } from '../config';
import { SCHEMA } from '../data-source';

const TABLE = 'upload_quotas';
const DAY_SECONDS = 24 * 60 * 60;

/** Why an upload is refused, with the Russian message and when to try again. */
export interface QuotaRefusal {
  message: string;
  retryAfterSeconds: number;
}

const kibibytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * Each account's daily allowance of document scans, by count and by volume, kept in PostgreSQL so that it
 * holds across restarts and processes. Volume is counted in KiB, which keeps the counters far from the
 * integer limit of the table.
 */
export class ScanUploadQuota {
  private readonly scans: RateLimiterPostgres;
  private readonly volume: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    private readonly config: Pick<CertificatesConfig, 'scanUploadsPerDay' | 'scanUploadMegabytesPerDay'>,
  ) {
    const common = { schema: SCHEMA, table: TABLE, durationSeconds: DAY_SECONDS };
    this.scans = postgresLimiter(dataSource, { ...common, keyPrefix: 'scans', points: config.scanUploadsPerDay });
    this.volume = postgresLimiter(dataSource, {
      ...common,
      keyPrefix: 'scan-kib',
      points: config.scanUploadMegabytesPerDay * 1024,
    });
  }

  /**
   * Before the body is read: refuses an account whose allowance is used up, or whose declared upload
   * (the request's Content-Length, a little more than the file) cannot fit in what is left.
   */
  async precheck(userId: string, declaredBytes: number | null): Promise<QuotaRefusal | null> {
    const [scans, volume] = await Promise.all([this.scans.get(userId), this.volume.get(userId)]);
    if (scans && scans.consumedPoints >= this.config.scanUploadsPerDay) return this.countRefusal(scans);
    // One KiB of slack for the multipart framing around the file.
    const needed = declaredBytes ? Math.max(kibibytes(declaredBytes) - 1, 1) : 1;
    if (volume && volume.consumedPoints + needed > this.config.scanUploadMegabytesPerDay * 1024) {
      return this.volumeRefusal(volume);
    }
    return null;
  }

  /** Takes one scan of `bytes` from the allowance, atomically; refuses and takes nothing when it does not fit. */
  async take(userId: string, bytes: number): Promise<QuotaRefusal | null> {
    try {
      await this.scans.consume(userId, 1);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      await this.scans.reward(userId, 1);
      return this.countRefusal(error);
    }
    try {
      await this.volume.consume(userId, kibibytes(bytes));
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      await Promise.all([this.scans.reward(userId, 1), this.volume.reward(userId, kibibytes(bytes))]);
      return this.volumeRefusal(error);
    }
    return null;
  }

  private countRefusal(res: RateLimiterRes): QuotaRefusal {
    const seconds = secondsUntilRetry(res);
    return {
      message: `Превышен дневной лимит загрузки сканов: не более ${this.config.scanUploadsPerDay} файлов в сутки. Повторите через ${retryAfterText(seconds)}`,
      retryAfterSeconds: seconds,
    };
  }

  private volumeRefusal(res: RateLimiterRes): QuotaRefusal {
    const seconds = secondsUntilRetry(res);
    return {
      message: `Превышен дневной лимит загрузки сканов: не более ${this.config.scanUploadMegabytesPerDay} МБ в сутки. Повторите через ${retryAfterText(seconds)}`,
      retryAfterSeconds: seconds,
    };
  }
}
