import { Queryable } from '../cabinet/certificate-money';

/** Statuses of a contract that has months to pay: the contract is concluded (a request has none). */
export const PAYABLE_STATUSES = ['CONFIRMED', 'ACTIVE', 'ENDED', 'TERMINATED'];

/** One month of a contract the certificate pays, with what the provider recorded for it. */
export interface PaymentRow {
  certificate_id: string;
  contract_id: string;
  contract_number: string;
  month: string;
  amount_kopecks: string;
  advance_kopecks: string | null;
  settlement_kopecks: string | null;
}

/**
 * Every month of the matching contracts' terms in their financial year, with the month's amount (month-amounts.ts'
 * arithmetic; a recorded month keeps the amount it was recorded with) and what was recorded: one statement.
 */
async function paymentRows(queryable: Queryable, where: string, ids: readonly string[]): Promise<PaymentRow[]> {
  return queryable.query(
    `SELECT c.certificate_id, c.id AS contract_id, c.number AS contract_number, to_char(m.month, 'YYYY-MM') AS month,
            coalesce(p.amount_kopecks, m.amount)::text AS amount_kopecks, p.advance_kopecks::text AS advance_kopecks,
            p.settlement_kopecks::text AS settlement_kopecks
       FROM navigator.contracts c
      CROSS JOIN LATERAL generate_series(0, c.months - 1) AS i
      CROSS JOIN LATERAL (
        SELECT (date_trunc('month', c.starts_on) + make_interval(months => i))::date AS month,
               c.reserved_kopecks * (i + 1) / c.months - c.reserved_kopecks * i / c.months AS amount) m
       LEFT JOIN navigator.contract_payments p ON p.contract_id = c.id AND p.month = m.month
      WHERE ${where} = ANY($1::uuid[]) AND c.reserved_kopecks > 0 AND c.status = ANY($2::text[])
      ORDER BY c.requested_at, c.id, m.month`,
    [ids, PAYABLE_STATUSES],
  );
}

export const paymentRowsOfCertificates = (queryable: Queryable, ids: readonly string[]) =>
  paymentRows(queryable, 'c.certificate_id', ids);

export const paymentRowsOfContracts = (queryable: Queryable, ids: readonly string[]) =>
  paymentRows(queryable, 'c.id', ids);
