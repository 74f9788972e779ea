import { groupedLoader, perRequest } from '@pfdo/platform';
import { CertificatePayment } from '../certificates/certificate-account.type';
import { NavigatorContext } from '../context';
import { paymentRowsOfCertificates, paymentRowsOfContracts, PaymentRow } from './payment-rows';

export function paymentOf(row: PaymentRow): CertificatePayment {
  return Object.assign(new CertificatePayment(), {
    contractNumber: row.contract_number,
    month: row.month,
    amountKopecks: Number(row.amount_kopecks),
    advanceKopecks: Number(row.advance_kopecks ?? 0),
    settlementKopecks: Number(row.settlement_kopecks ?? 0),
    advanceRecorded: row.advance_kopecks !== null,
    settled: row.settlement_kopecks !== null,
    advanceInvoice: null,
    finalInvoice: null,
  });
}

/** The payments of certificates and of contracts, one statement per batch (lists cost the same at any size). */
export const paymentLoaders = perRequest((context: NavigatorContext) => ({
  byCertificate: groupedLoader(
    (ids: readonly string[]) => paymentRowsOfCertificates(context.dataSource, ids),
    (row) => row.certificate_id,
  ),
  byContract: groupedLoader(
    (ids: readonly string[]) => paymentRowsOfContracts(context.dataSource, ids),
    (row) => row.contract_id,
  ),
}));
