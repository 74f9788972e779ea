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
  /** The group's certificates the navigator holds as activated: those the money limit has to cover. */
  activatedCertificates: number;
}

export const settingKey = (copy: Pick<RegisteredCertificateEntity, 'municipalityId' | 'groupName'>) =>
  `${copy.municipalityId}\u0000${copy.groupName.toLowerCase()}`;

/** The settings of the copies' groups, and how many activated certificates each holds: one statement. */
export async function findCertificateSettings(
  dataSource: Queryable,
  copies: ReadonlyArray<Pick<RegisteredCertificateEntity, 'municipalityId' | 'groupName'>>,
): Promise<Map<string, CertificateSetting>> {
  const rows: CertificateSetting[] = await dataSource.query(
    `SELECT s.municipality_id AS "municipalityId", k.group_name AS "groupName", s.nominal_kopecks AS "nominalKopecks",
            s.municipality_limit_kopecks AS "municipalityLimitKopecks", s.significant_programs AS "significantPrograms",
            s.general_programs AS "generalPrograms", s.pre_professional_programs AS "preProfessionalPrograms",
            (SELECT count(*)::int FROM navigator.registered_certificates r
              WHERE r.status = 'ACTIVATED' AND r.municipality_id = s.municipality_id
                AND lower(r.group_name) = lower(s.name)) AS "activatedCertificates"
       FROM (SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[]) AS k(municipality_id, group_name)) k
       JOIN navigator.group_settings s ON s.municipality_id = k.municipality_id AND lower(s.name) = lower(k.group_name)`,
    [copies.map((copy) => copy.municipalityId), copies.map((copy) => copy.groupName)],
  );
  return new Map(rows.map((row) => [settingKey(row), row]));
}

/**
 * What a certificate's live requests and contracts hold of this financial year's money: their reservations, and
 * when the first certified program was chosen (the nominal stops falling from that month on, docs/domain.md §6a).
 */
export interface CertificateReservation {
  reservedKopecks: number;
  fixedFrom: Date | null;
}

export const NO_RESERVATION: CertificateReservation = { reservedKopecks: 0, fixedFrom: null };

/** The reservations of the certificates in the financial year of `now`: one statement. */
export async function findReservations(
  queryable: Queryable,
  certificateIds: readonly string[],
  now: Date,
): Promise<Map<string, CertificateReservation>> {
  const rows: Array<{ certificate_id: string; reserved: string; fixed_from: Date | null }> = await queryable.query(
    `SELECT certificate_id, sum(reserved_kopecks)::text AS reserved,
            -- A prolongation chosen last year for this one fixes the nominal from this year's first month.
            CASE WHEN bool_or(reserved_kopecks > 0)
                 THEN greatest(min(requested_at) FILTER (WHERE reserved_kopecks > 0),
                               make_timestamptz($2, 1, 1, 0, 0, 0, '${REGION_TIME_ZONE}')) END AS fixed_from
       FROM navigator.contracts
      WHERE certificate_id = ANY($1::uuid[]) AND financial_year = $2 AND status IN ('PENDING', 'CONFIRMED', 'ACTIVE')
      GROUP BY certificate_id`,
    [certificateIds, regionYearMonth(now).year],
  );
  return new Map(
    rows.map((row) => [row.certificate_id, { reservedKopecks: Number(row.reserved), fixedFrom: row.fixed_from }]),
  );
}

/** Nominal, reserved and balance of one certificate this month, in kopecks. */
export interface CertificateMoney extends AvailableNominal {
  reservedKopecks: number;
  balanceKopecks: number;
}

/**
 * What the certificate may spend now (seed 002): the available nominal of the month — of the month the first
 * certified program was chosen, once one is (the nominal stops falling then) —, less what its live requests and
 * contracts reserve, or null when the municipality's money limit is reached.
 *
 * «Reached»: the limit of the group's setting cannot cover this month's available nominal of every certificate of
 * the group the navigator holds as activated (count × available nominal > limit). Money is promised to all of them
 * alike, so none may spend it: every holder of the group sees the system's message instead of nominal and balance,
 * until the municipality raises the limit or moves certificates to another group.
 */
export function certificateMoney(
  setting: CertificateSetting,
  now: Date,
  reservation: CertificateReservation = NO_RESERVATION,
): CertificateMoney | null {
  const nominal = availableNominal(setting.nominalKopecks, reservation.fixedFrom ?? now);
  const promised = BigInt(setting.activatedCertificates) * BigInt(nominal.availableKopecks);
  if (promised > BigInt(setting.municipalityLimitKopecks)) return null;
  const { reservedKopecks } = reservation;
  return { ...nominal, reservedKopecks, balanceKopecks: nominal.availableKopecks - reservedKopecks };
}
