import { randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';
import { GatewayClient, testDatabase } from '@pfdo/testing';
import { CONTRACT_FIELDS } from './enrollment.support';

/**
 * Arrangements of the protection-mode and payment tests (issue 12 part D2), beside enrollment.support.ts' ones.
 */

/**
 * The registry's side of a holder arranged by `arrangeHolder` (same id and number): a child with this full name
 * and its certificate, so that the certificates subgraph can answer «Подтверждение по ФИО». The registry has it in
 * Новокузнецк while the navigator's copy is in the test's own municipality: Новокузнецк's register, which other
 * files read at the same time, lists it, and its operator may read its money (the registry's municipality decides,
 * permissions.ts in the navigator).
 */
export async function arrangeRegistryChild(
  holder: { id: string; number: string },
  child: { surname: string; name: string; patronymic: string },
) {
  const db = testDatabase();
  const childId = randomUUID();
  await db.query(
    `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
     VALUES ($1, $2, $3, $4, '2015-03-01', $5)`,
    [childId, child.surname, child.name, child.patronymic, DemoMunicipality.novokuznetsk],
  );
  await db.query(
    `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id)
     SELECT $1, $2, 'ACTIVATED', $3, id, $4 FROM certificates.certificate_groups ORDER BY id LIMIT 1`,
    [holder.id, holder.number, DemoMunicipality.novokuznetsk, childId],
  );
}

export const PROTECTION = `{ myCertificateProtection { mode codePhraseSet changedAt } }`;
export const SET_PROTECTION = `mutation ($mode: ProtectionMode!, $codePhrase: String) {
  setCertificateProtection(mode: $mode, codePhrase: $codePhrase) { mode codePhraseSet changedAt } }`;
export const ON_BEHALF = `mutation ($input: EnrollmentOnBehalfInput!) {
  createEnrollmentRequestOnBehalf(input: $input) { ${CONTRACT_FIELDS} } }`;

export const PAYMENT_FIELDS = `contractNumber month amountKopecks advanceKopecks settlementKopecks advanceRecorded settled`;
export const ADVANCE = `mutation ($contractId: ID!, $month: String!, $kopecks: Int!) {
  recordPaymentAdvance(contractId: $contractId, month: $month, advanceKopecks: $kopecks) {
    id payments { ${PAYMENT_FIELDS} } } }`;
export const SETTLE = `mutation ($contractId: ID!, $month: String!, $kopecks: Int!) {
  recordPaymentSettlement(contractId: $contractId, month: $month, settlementKopecks: $kopecks) {
    id payments { ${PAYMENT_FIELDS} } } }`;

export async function setProtection(client: GatewayClient, mode: string, codePhrase?: string) {
  return (
    await client.data<{ setCertificateProtection: { mode: string; codePhraseSet: boolean } }>(SET_PROTECTION, {
      mode,
      codePhrase: codePhrase ?? null,
    })
  ).setCertificateProtection;
}

/** The region's calendar month now, YYYY-MM. */
export function regionMonth(offset = 0): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: REGION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number);
  const index = year * 12 + month - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  answer.errors?.[0]?.extensions?.code ?? 'none';
