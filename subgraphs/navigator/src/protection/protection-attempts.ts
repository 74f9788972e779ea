import type { DataSource } from 'typeorm';
import { isLimitReached, postgresLimiter, rateLimited, retryAfterText, secondsUntilRetry } from '@pfdo/platform';
import { SCHEMA } from '../data-source';

/** Wrong names or phrases a certificate takes in a window before providers' requests on it are refused. */
export const ATTEMPTS_PER_CERTIFICATE = 5;
export const ATTEMPTS_WINDOW_SECONDS = 60 * 60;

/** One provider's request on a holder's behalf, counted before its name or phrase is checked. */
export interface ProtectionAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
  /** Never checked (the certificates subgraph did not answer): its point goes back. */
  unchecked(): Promise<void>;
}

/**
 * Providers' attempts per certificate, counted by rate-limiter-flexible in PostgreSQL (the navigator's table, so
 * the count holds across processes and restarts): so that a code phrase or a child's name cannot be guessed by
 * trying. An attempt is counted before its check, so that a burst of guesses cannot slip past while the first
 * ones are still being checked; a success clears the certificate's count; reaching the limit blocks the
 * certificate's requests on behalf for the window (the holder's own «Записаться» is not affected).
 */
export class ProtectionAttempts {
  private readonly limiter: ReturnType<typeof postgresLimiter>;

  constructor(dataSource: DataSource) {
    this.limiter = postgresLimiter(dataSource, {
      schema: SCHEMA,
      table: 'protection_attempts',
      keyPrefix: 'on-behalf',
      points: ATTEMPTS_PER_CERTIFICATE,
      durationSeconds: ATTEMPTS_WINDOW_SECONDS,
      blockSeconds: ATTEMPTS_WINDOW_SECONDS,
    });
  }

  async begin(certificateId: string): Promise<ProtectionAttempt> {
    try {
      await this.limiter.consume(certificateId);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      const seconds = secondsUntilRetry(error);
      throw rateLimited(
        `Слишком много неверных попыток подать заявку по этому сертификату. Повторите через ${retryAfterText(seconds)}`,
        seconds,
      );
    }
    return {
      failed: async () => undefined,
      succeeded: async () => {
        await this.limiter.delete(certificateId);
      },
      unchecked: async () => {
        await this.limiter.reward(certificateId, 1);
      },
    };
  }
}
