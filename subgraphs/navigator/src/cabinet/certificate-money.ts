import { DataSource } from 'typeorm';
import { RegisteredCertificateEntity } from '../registry/registered-certificate.entity';
import { availableNominal, AvailableNominal } from './available-nominal';

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
  dataSource: DataSource,
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

/** Nominal, reserved and balance of one certificate this month, in kopecks. */
export interface CertificateMoney extends AvailableNominal {
  reservedKopecks: number;
  balanceKopecks: number;
}

/**
 * What the certificate may spend now (seed 002): the available nominal of the month, less what enrollment has
 * reserved (nothing until contracts exist), or null when the municipality's money limit is reached.
 *
 * «Reached»: the limit of the group's setting cannot cover this month's available nominal of every certificate of
 * the group the navigator holds as activated (count × available nominal > limit). Money is promised to all of them
 * alike, so none may spend it: every holder of the group sees the system's message instead of nominal and balance,
 * until the municipality raises the limit or moves certificates to another group.
 */
export function certificateMoney(setting: CertificateSetting, now: Date): CertificateMoney | null {
  const nominal = availableNominal(setting.nominalKopecks, now);
  const promised = BigInt(setting.activatedCertificates) * BigInt(nominal.availableKopecks);
  if (promised > BigInt(setting.municipalityLimitKopecks)) return null;
  const reservedKopecks = 0;
  return { ...nominal, reservedKopecks, balanceKopecks: nominal.availableKopecks - reservedKopecks };
}
