import type { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { isLimitReached, postgresLimiter, retryAfterText, secondsUntilRetry } from './rate-limit';

const DAY_SECONDS = 24 * 60 * 60;

/** Why an upload is refused, with the Russian message and when to try again. */
export interface QuotaRefusal {
  message: string;
  retryAfterSeconds: number;
}

export interface UploadQuotaOptions {
  /** The rate-limit table (rateLimitTableSql), and the prefixes of this quota's keys in it. */
  schema: string;
  table: string;
  keyPrefixes: { files: string; volume: string };
  filesPerDay: number;
  megabytesPerDay: number;
  /** What is uploaded, in the genitive plural of the message: «сканов», «файлов портфолио». */
  what: string;
}

const kibibytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * Each account's daily allowance of uploaded files, by count and by volume, kept in PostgreSQL so that it holds
 * across restarts and processes. Volume is counted in KiB, which keeps the counters far from the integer limit of
 * the table.
 */
export class DailyUploadQuota {
  private readonly files: RateLimiterPostgres;
  private readonly volume: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    private readonly options: UploadQuotaOptions,
  ) {
    const common = { schema: options.schema, table: options.table, durationSeconds: DAY_SECONDS };
    this.files = postgresLimiter(dataSource, {
      ...common,
      keyPrefix: options.keyPrefixes.files,
      points: options.filesPerDay,
    });
    this.volume = postgresLimiter(dataSource, {
      ...common,
      keyPrefix: options.keyPrefixes.volume,
      points: options.megabytesPerDay * 1024,
    });
  }

  /**
   * Before the body is read: refuses an account whose allowance is used up, or whose declared upload
   * (the request's Content-Length, a little more than the file) cannot fit in what is left.
   */
  async precheck(userId: string, declaredBytes: number | null): Promise<QuotaRefusal | null> {
    const [files, volume] = await Promise.all([this.files.get(userId), this.volume.get(userId)]);
    if (files && files.consumedPoints >= this.options.filesPerDay) return this.countRefusal(files);
    // One KiB of slack for the framing around the file.
    const needed = declaredBytes ? Math.max(kibibytes(declaredBytes) - 1, 1) : 1;
    if (volume && volume.consumedPoints + needed > this.options.megabytesPerDay * 1024) {
      return this.volumeRefusal(volume);
    }
    return null;
  }

  /** Takes one file of `bytes` from the allowance, atomically; refuses and takes nothing when it does not fit. */
  async take(userId: string, bytes: number): Promise<QuotaRefusal | null> {
    try {
      await this.files.consume(userId, 1);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      await this.files.reward(userId, 1);
      return this.countRefusal(error);
    }
    try {
      await this.volume.consume(userId, kibibytes(bytes));
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      await Promise.all([this.files.reward(userId, 1), this.volume.reward(userId, kibibytes(bytes))]);
      return this.volumeRefusal(error);
    }
    return null;
  }

  private countRefusal(res: RateLimiterRes): QuotaRefusal {
    const seconds = secondsUntilRetry(res);
    return {
      message: `Превышен дневной лимит загрузки ${this.options.what}: не более ${this.options.filesPerDay} файлов в сутки. Повторите через ${retryAfterText(seconds)}`,
      retryAfterSeconds: seconds,
    };
  }

  private volumeRefusal(res: RateLimiterRes): QuotaRefusal {
    const seconds = secondsUntilRetry(res);
    return {
      message: `Превышен дневной лимит загрузки ${this.options.what}: не более ${this.options.megabytesPerDay} МБ в сутки. Повторите через ${retryAfterText(seconds)}`,
      retryAfterSeconds: seconds,
    };
  }
}
