import type { DataSource } from 'typeorm';
import { isLimitReached, postgresLimiter, rateLimited, retryAfterText, secondsUntilRetry } from '@pfdo/platform';
import { SCHEMA } from '../data-source';

/** Confirmation e-mails a cabinet may ask for in an hour. */
export const CONFIRMATIONS_PER_HOUR = 5;
/** «Забыли пароль?» requests per login, and per client address, in an hour. */
export const RESETS_PER_LOGIN_PER_HOUR = 3;
export const RESETS_PER_IP_PER_HOUR = 20;

const HOUR = 3600;

type Limiter = ReturnType<typeof postgresLimiter>;

async function consume(limiter: Limiter, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!isLimitReached(error)) throw error;
    const seconds = secondsUntilRetry(error);
    throw rateLimited(`${message}. Повторите через ${retryAfterText(seconds)}`, seconds);
  }
}

/**
 * The cabinet's e-mail links, counted by rate-limiter-flexible in PostgreSQL (holds across processes and restarts).
 * «Забыли пароль?» is counted per login whether or not such a cabinet exists, so that the answer tells nothing.
 */
class HolderLinkLimits {
  private readonly confirmations: Limiter;
  private readonly resetsByLogin: Limiter;
  private readonly resetsByIp: Limiter;

  constructor(dataSource: DataSource) {
    const limiter = (keyPrefix: string, points: number) =>
      postgresLimiter(dataSource, {
        schema: SCHEMA,
        table: 'holder_link_limits',
        keyPrefix,
        points,
        durationSeconds: HOUR,
      });
    this.confirmations = limiter('confirm', CONFIRMATIONS_PER_HOUR);
    this.resetsByLogin = limiter('reset-login', RESETS_PER_LOGIN_PER_HOUR);
    this.resetsByIp = limiter('reset-ip', RESETS_PER_IP_PER_HOUR);
  }

  consumeConfirmation(certificateId: string): Promise<void> {
    return consume(this.confirmations, certificateId, 'Письмо для подтверждения отправлялось слишком часто');
  }

  async consumeReset(login: string, clientIp: string): Promise<void> {
    const message = 'Восстановление доступа запрашивалось слишком часто';
    await consume(this.resetsByIp, clientIp || 'unknown', message);
    await consume(this.resetsByLogin, login, message);
  }
}

const byDataSource = new WeakMap<DataSource, HolderLinkLimits>();

export function holderLinkLimits(dataSource: DataSource): HolderLinkLimits {
  let limits = byDataSource.get(dataSource);
  if (!limits) {
    limits = new HolderLinkLimits(dataSource);
    byDataSource.set(dataSource, limits);
  }
  return limits;
}
