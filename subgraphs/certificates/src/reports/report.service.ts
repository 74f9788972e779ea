import { DataSource } from 'typeorm';
import { domainError, ErrorCode, Identity, invalidFields, isUuid } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';
import { ApplicationKind, ApplicationStatus } from '../applications/application-status';
import { actsInMunicipality } from '../authorization';
import { CertificateStatus } from '../certificates/certificate-status';

/** What a report covers: a period of whole days in the region's calendar, one municipality or the region. */
export interface ReportScope {
  from: string;
  to: string;
  /** Null: the whole region (the regional operator only). */
  municipalityId: string | null;
}

export interface RegistryReportData {
  applications: Array<{ status: ApplicationStatus; kind: ApplicationKind; count: number }>;
  certificates: Array<{ status: CertificateStatus; groupId: string; count: number }>;
  /** Null: nobody received the documents yet and no organization created it (a citizen's own application). */
  organizations: Array<{ organizationId: string | null; count: number }>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day (no 30 February), of a year the registry can hold: 2000–2199. */
function isDate(value: string): boolean {
  if (!DATE.test(value) || value < '2000-01-01' || value > '2199-12-31') return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * The scope the caller may see: a municipal operator's own municipality (whatever he names), the regional
 * operator's named municipality or the whole region. Bad dates are refused with the field they are in.
 */
export function reportScopeFor(
  identity: Identity,
  input: { from: string; to: string; municipalityId?: string | null },
): ReportScope {
  const fields: Record<string, string> = {};
  if (!isDate(input.from)) fields.from = 'Укажите начало периода в формате ГГГГ-ММ-ДД';
  if (!isDate(input.to)) fields.to = 'Укажите конец периода в формате ГГГГ-ММ-ДД';
  if (!fields.from && !fields.to && input.from > input.to) fields.to = 'Конец периода раньше его начала';
  if (Object.keys(fields).length) throw invalidFields(fields);
  const requested = input.municipalityId?.trim() || null;
  if (requested && !isUuid(requested)) throw invalidFields({ municipalityId: 'Муниципалитет не найден' });
  const municipalityId = identity.role === 'REGIONAL_OPERATOR' ? requested : (requested ?? identity.municipalityId);
  if (identity.role !== 'REGIONAL_OPERATOR' && (!municipalityId || !actsInMunicipality(identity, municipalityId))) {
    throw domainError(ErrorCode.Forbidden, 'Оператор реестра видит отчёты только своего муниципалитета', {
      field: 'municipalityId',
    });
  }
  return { from: input.from, to: input.to, municipalityId };
}

/**
 * Three `GROUP BY`s over the period's rows (by the indexes on `created_at`, with the municipality in front
 * when one is chosen), in one read-only snapshot, on the register's pool: a region-wide report waits for
 * the register's connections, never for those of everyone's requests. No row leaves the database.
 */
export async function registryReport(register: DataSource, scope: ReportScope): Promise<RegistryReportData> {
  const parameters: unknown[] = [scope.from, scope.to, REGION_TIME_ZONE];
  const period = `created_at >= ($1::date::timestamp AT TIME ZONE $3) AND created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)`;
  let where = period;
  if (scope.municipalityId) {
    parameters.push(scope.municipalityId);
    where = `municipality_id = $4 AND ${period}`;
  }
  return register.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    const applications: RegistryReportData['applications'] = await manager.query(
      `SELECT status, kind, count(*)::int AS count FROM certificates.applications WHERE ${where}
        GROUP BY status, kind ORDER BY status, kind`,
      parameters,
    );
    const certificates: RegistryReportData['certificates'] = await manager.query(
      `SELECT status, group_id AS "groupId", count(*)::int AS count FROM certificates.certificates WHERE ${where}
        GROUP BY status, group_id ORDER BY status, group_id`,
      parameters,
    );
    const organizations: RegistryReportData['organizations'] = await manager.query(
      `SELECT coalesce(received_by_organization_id, created_by_organization_id) AS "organizationId", count(*)::int AS count
         FROM certificates.applications WHERE ${where}
        GROUP BY 1 ORDER BY count DESC, 1 NULLS LAST`,
      parameters,
    );
    return { applications, certificates, organizations };
  });
}
