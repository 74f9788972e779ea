import { EntityManager } from 'typeorm';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';
import { RegisteredCertificateEntity } from '../registry/registered-certificate.entity';
import { availableNominal, AvailableNominal, regionYearMonth } from './available-nominal';

/** Anything that runs SQL: the request's data source, or a transaction's manager. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * The group setting a certificate's copy counts with. The registry's group is the navigator's setting it was
 * imported from («Импорт из PFDO» names the group after the setting); the hand-over names the group, and a
 * setting's name is unique within its municipality whatever its case, so the pair finds it.
 */
export interface CertificateSetting {
  municipalityId: string;
  groupName: string;
  nominalKopecks: string;
  municipalityLimitKopecks: string;
  significantPrograms: number;
  generalPrograms: number;
  preProfessionalPrograms: number;
  /**
   * The money the municipality's certificates have committed in the financial year: what their live requests and
   * contracts still reserve, and what their settled months spent (docs/domain.md §6a).
   */
  committedKopecks: string;
}

export const settingKey = (copy: Pick<RegisteredCertificateEntity, 'municipalityId' | 'groupName'>) =>
  `${copy.municipalityId}\u0000${copy.groupName.toLowerCase()}`;

/** Live statuses whose reservation holds money (closed ones keep only what their settled months spent). */
const HOLDING = `('PENDING', 'CONFIRMED', 'ACTIVE')`;

/**
 * Per contract of the financial year $YEAR: what it still reserves (its reservation less the amounts of its settled
 * months, while it is live) and what it spent (its settlements). `c` is navigator.contracts.
 */
export const CONTRACT_MONEY = (year: string) => `
  SELECT c.id, c.certificate_id, c.requested_at,
         CASE WHEN c.status IN ${HOLDING} THEN c.reserved_kopecks - coalesce(p.settled_amount, 0) ELSE 0 END AS reserved,
         coalesce(p.spent, 0) AS spent,
         c.status IN ${HOLDING} AND c.reserved_kopecks > 0 AS fixes_nominal
    FROM navigator.contracts c
    LEFT JOIN LATERAL (
      SELECT sum(amount_kopecks) AS settled_amount, sum(settlement_kopecks) AS spent
        FROM navigator.contract_payments WHERE contract_id = c.id AND settlement_kopecks IS NOT NULL) p ON true
   WHERE c.financial_year = ${year}`;

/** The settings of the copies' groups, and their municipalities' committed money in the year: one statement. */
export async function findCertificateSettings(
  dataSource: Queryable,
  copies: ReadonlyArray<Pick<RegisteredCertificateEntity, 'municipalityId' | 'groupName'>>,
  now: Date,
): Promise<Map<string, CertificateSetting>> {
  const rows: CertificateSetting[] = await dataSource.query(
    `SELECT s.municipality_id AS "municipalityId", k.group_name AS "groupName", s.nominal_kopecks AS "nominalKopecks",
            s.municipality_limit_kopecks AS "municipalityLimitKopecks", s.significant_programs AS "significantPrograms",
            s.general_programs AS "generalPrograms", s.pre_professional_programs AS "preProfessionalPrograms",
            (SELECT coalesce(sum(m.reserved + m.spent), 0)::text FROM (${CONTRACT_MONEY('$3')}) m
               JOIN navigator.registered_certificates r ON r.certificate_id = m.certificate_id
              WHERE r.municipality_id = s.municipality_id) AS "committedKopecks"
       FROM (SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[]) AS k(municipality_id, group_name)) k
       JOIN navigator.group_settings s ON s.municipality_id = k.municipality_id AND lower(s.name) = lower(k.group_name)`,
    [copies.map((copy) => copy.municipalityId), copies.map((copy) => copy.groupName), regionYearMonth(now).year],
  );
  return new Map(rows.map((row) => [settingKey(row), row]));
}

/**
 * What a certificate's requests and contracts hold of this financial year's money: what the live ones still
 * reserve, what the settled months spent, and when the first certified program was chosen (the nominal stops
 * falling from that month on, docs/domain.md §6a).
 */
export interface CertificateReservation {
  reservedKopecks: number;
  spentKopecks: number;
  fixedFrom: Date | null;
}

export const NO_RESERVATION: CertificateReservation = { reservedKopecks: 0, spentKopecks: 0, fixedFrom: null };

/** The reservations and spendings of the certificates in the financial year of `now`: one statement. */
export async function findReservations(
  queryable: Queryable,
  certificateIds: readonly string[],
  now: Date,
): Promise<Map<string, CertificateReservation>> {
  const rows: Array<{ certificate_id: string; reserved: string; spent: string; fixed_from: Date | null }> =
    await queryable.query(
      `SELECT certificate_id, sum(reserved)::text AS reserved, sum(spent)::text AS spent,
              -- A prolongation chosen last year for this one fixes the nominal from this year's first month.
              CASE WHEN bool_or(fixes_nominal OR spent > 0)
                   THEN greatest(min(requested_at) FILTER (WHERE fixes_nominal OR spent > 0),
                                 make_timestamptz($2, 1, 1, 0, 0, 0, '${REGION_TIME_ZONE}')) END AS fixed_from
         FROM (${CONTRACT_MONEY('$2')}) m
        WHERE certificate_id = ANY($1::uuid[])
        GROUP BY certificate_id`,
      [certificateIds, regionYearMonth(now).year],
    );
  return new Map(
    rows.map((row) => [
      row.certificate_id,
      { reservedKopecks: Number(row.reserved), spentKopecks: Number(row.spent), fixedFrom: row.fixed_from },
    ]),
  );
}

/** Nominal, reserved, spent and balance of one certificate this month, in kopecks. */
export interface CertificateMoney extends AvailableNominal {
  reservedKopecks: number;
  spentKopecks: number;
  balanceKopecks: number;
}

/** The municipality's certificates have committed as much money as its limit, or more (docs/domain.md §6a). */
export function moneyLimitReached(setting: Pick<CertificateSetting, 'committedKopecks' | 'municipalityLimitKopecks'>) {
  return BigInt(setting.committedKopecks) >= BigInt(setting.municipalityLimitKopecks);
}

/** What is left of the municipality's limit for new reservations, in kopecks (0 once it is reached). */
export function limitLeftKopecks(setting: Pick<CertificateSetting, 'committedKopecks' | 'municipalityLimitKopecks'>) {
  const left = BigInt(setting.municipalityLimitKopecks) - BigInt(setting.committedKopecks);
  return left > 0n ? Number(left) : 0;
}

/**
 * What the certificate may spend now (seed 002): the available nominal of the month — of the month the first
 * certified program was chosen, once one is (the nominal stops falling then) —, less what its live requests and
 * contracts reserve and its settled months spent; or null when the municipality's money limit is reached.
 *
 * «Reached» (docs/domain.md §6a): the money the municipality's certificates have committed this financial year —
 * reserved by live requests and contracts, plus spent by settled months — is as much as the limit of the group's
 * setting. From then on every holder of the group sees the system's message instead of nominal and balance, and
 * no new reservation is made, until the municipality raises the limit or money is released.
 */
export function certificateMoney(
  setting: CertificateSetting,
  now: Date,
  reservation: CertificateReservation = NO_RESERVATION,
): CertificateMoney | null {
  if (moneyLimitReached(setting)) return null;
  const nominal = availableNominal(setting.nominalKopecks, reservation.fixedFrom ?? now);
  const { reservedKopecks, spentKopecks } = reservation;
  return {
    ...nominal,
    reservedKopecks,
    spentKopecks,
    balanceKopecks: nominal.availableKopecks - reservedKopecks - spentKopecks,
  };
}
