import { domainError, ErrorCode } from '@pfdo/platform';
import { sendCertificateToNavigator } from '../applications/navigator-handoff.service';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CertificatesContext } from '../context';

/** A page of the list, at most: the web shows 20; a partner may ask for more. */
export const NOT_SENT_PAGE_MAX = 100;
/** Certificates one «Отправить все» request sends at most, one after another. */
export const RESEND_BATCH = 25;
/**
 * No new hand-over starts after this long in one request: with the navigator slow (each PUT may take its 5 s)
 * the request still ends well inside the gateway's 10 s, and the web asks for the next batch.
 */
export const RESEND_BUDGET_MS = 4000;

const CURSOR = /^\d{10}$/;

function checkedCursor(after: string | null | undefined): string {
  if (after === null || after === undefined || after === '') return '';
  if (!CURSOR.test(after)) throw domainError(ErrorCode.BadUserInput, 'Неверный курсор страницы', { field: 'after' });
  return after;
}

/**
 * The certificates that never reached the navigator (the hand-over failed or was never tried), in the order
 * of their numbers, a keyset page at a time (the partial index `certificates_not_sent_to_navigator`). Annulled
 * ones are left out: the navigator has nothing to do with them.
 */
export async function notSentCertificates(
  context: CertificatesContext,
  first: number,
  after: string | null | undefined,
): Promise<{ certificates: CertificateEntity[]; nextCursor: string | null }> {
  const size = Math.min(Math.max(first, 1), NOT_SENT_PAGE_MAX);
  const rows = await context.dataSource
    .getRepository(CertificateEntity)
    .createQueryBuilder('c')
    .where(`c.sent_to_navigator_at IS NULL AND c.status <> 'ANNULLED' AND c.number > :after`, {
      after: checkedCursor(after),
    })
    .orderBy('c.number')
    .limit(size + 1)
    .getMany();
  const page = rows.slice(0, size);
  return { certificates: page, nextCursor: rows.length > size ? page[page.length - 1].number : null };
}

export interface ResendOutcome {
  sent: number;
  failed: number;
  /** Where the next batch starts (the failed ones stay in the list behind it); null once the list is done. */
  nextCursor: string | null;
}

/**
 * «Отправить все»: the next batch of the list after `after`, each certificate handed over as «Отправить в ПФДО»
 * does it (idempotent: a certificate sent twice is updated, never duplicated). Bounded in count and time; the
 * caller asks again with `nextCursor` until it is null. A certificate that fails stays in the list.
 */
export async function resendNotSentCertificates(
  context: CertificatesContext,
  after: string | null | undefined,
): Promise<ResendOutcome> {
  const started = Date.now();
  const { certificates, nextCursor } = await notSentCertificates(context, RESEND_BATCH, after);
  let sent = 0;
  let failed = 0;
  let last: string | null = null;
  for (const certificate of certificates) {
    if (Date.now() - started > RESEND_BUDGET_MS) return { sent, failed, nextCursor: last ?? checkedCursor(after) };
    try {
      await sendCertificateToNavigator(context, certificate.id);
      sent += 1;
    } catch {
      failed += 1;
    }
    last = certificate.number;
  }
  return { sent, failed, nextCursor };
}
