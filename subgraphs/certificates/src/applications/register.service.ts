import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Identity, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { assertMaySearchByDocument } from '../authorization';
import { CertificatesContext } from '../context';
import { DocumentType } from '../documents/document-type';
import { normalizeBirthCertificateSeries } from '../documents/document-validation';
import { invalidFields } from '../shared/errors';
import { ApplicationKind, ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { ApplicationRegisterTab, ApplicationSearchInput, LiveCertificateElsewhere } from './register.types';

export const MAX_PAGE = 100;

const TAB_FILTERS: Record<ApplicationRegisterTab, (query: SelectQueryBuilder<ApplicationEntity>) => void> = {
  UNCONFIRMED: (query) =>
    query.andWhere('application.status IN (:...open)', {
      open: ['EMAIL_UNCONFIRMED', 'SUBMITTED', 'DOCUMENTS_RECEIVED'],
    }),
  NEW: (query) => query.andWhere('application.status = :new', { new: ApplicationStatus.SUBMITTED }),
  ALL: () => undefined,
  NEW_CERTIFICATE: (query) => query.andWhere('application.kind = :kind', { kind: ApplicationKind.NEW_CERTIFICATE }),
  EDITING: (query) => query.andWhere('application.kind <> :kind', { kind: ApplicationKind.NEW_CERTIFICATE }),
};

/**
 * The keyset cursor: the row's created_at as epoch microseconds (the column's own precision; a JavaScript
 * Date keeps only milliseconds, and rows of one millisecond would be skipped) and its id, opaque to clients.
 */
const CURSOR_KEY = 'CAST(EXTRACT(EPOCH FROM application.created_at) * 1000000 AS bigint)';

const encodeCursor = (row: RegisterRow) => Buffer.from(`${row.cursorKey}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [micros, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!/^\d{1,16}$/.test(micros ?? '') || !isUuid(id ?? '') || rest.length)
    throw invalidFields({ after: 'Неверный курсор страницы' });
  return { createdAt: timestampOf(BigInt(micros)), id };
}

/** Epoch microseconds as an ISO timestamp with all six fractional digits, exact in PostgreSQL. */
function timestampOf(micros: bigint): string {
  const iso = new Date(Number(micros / 1000n)).toISOString();
  return `${iso.slice(0, 23)}${String(micros % 1000n).padStart(3, '0')}Z`;
}

type RegisterRow = ApplicationEntity & { cursorKey: bigint };

/** Newest first, by created_at to the microsecond, then by id. */
const newestFirst = (a: RegisterRow, b: RegisterRow) =>
  a.cursorKey !== b.cursorKey ? (a.cursorKey < b.cursorKey ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** The document fields of a search, normalized as documents are stored. */
function documentCriteria(search: ApplicationSearchInput) {
  const type = search.documentType ?? null;
  let series = search.documentSeries?.trim() || null;
  if (series && type !== DocumentType.OTHER) {
    series = normalizeBirthCertificateSeries(series) ?? series.replace(/[\s-]/g, '').toUpperCase();
  }
  const number = search.documentNumber?.trim().replace(/[\s-]/g, '') || null;
  return { type, series, number };
}

/**
 * «Сертификаты → Заявки»: the caller's municipality's applications (the region's, for the regional
 * operator), newest first, a page at a time, with the tab's filter and any search.
 */
export async function applicationRegister(
  context: CertificatesContext,
  tab: ApplicationRegisterTab,
  search: ApplicationSearchInput,
  first: number,
  after: string | null,
) {
  const identity: Identity = context.identity!;
  assertMaySearchByDocument(identity, search);
  const limit = Math.min(Math.max(first, 1), MAX_PAGE);
  const cursor = after ? decodeCursor(after) : null;
  const document = documentCriteria(search);
  // A municipality's register is its own applications and the changes of municipality that take
  // certificates away from it («Исходящий»). They are two indexed queries merged here: one query with
  // an OR would read the whole table at 100 000 applications.
  // A partner's system (applications:read) reads its own organization's applications: those it created or
  // whose documents it received, in the key's municipality.
  const scopes: Array<(query: SelectQueryBuilder<ApplicationEntity>) => void> =
    identity.role === 'REGIONAL_OPERATOR'
      ? [() => undefined]
      : identity.role === 'PARTNER'
        ? [
            (query) =>
              query.andWhere(
                'application.municipality_id = :municipality AND (application.created_by_organization_id = :organization OR application.received_by_organization_id = :organization)',
                { municipality: identity.municipalityId, organization: identity.organizationId },
              ),
          ]
        : [
            (query) =>
              query.andWhere('application.municipality_id = :municipality', { municipality: identity.municipalityId }),
            (query) =>
              query.andWhere(
                'application.source_municipality_id = :municipality AND application.municipality_id <> :municipality',
                {
                  municipality: identity.municipalityId,
                },
              ),
          ];
  // A tab is counted exactly up to REGISTER_EXACT_COUNT_LIMIT (10 000) and is «более 10 000» beyond: an exact
  // count reads every matching index entry (a million of them, tens of milliseconds, on every page), while the
  // figure matters to an operator only while it is one a person works through. A capped count reads at most
  // the limit's entries, so a page costs the same at a million applications as at ten thousand.
  const countLimit = context.runtime.config.registerExactCountLimit;
  // One connection of the register's own pool per request, in one snapshot: the counts and the pages agree,
  // and a slow or locked register waits for its own connections only (README, «Deadlines»).
  const { counts, pages } = await context.runtime.register.transaction('REPEATABLE READ', async (manager) => {
    const queries = scopes.map((scope) => {
      const query = manager.getRepository(ApplicationEntity).createQueryBuilder('application').where('TRUE');
      scope(query);
      TAB_FILTERS[tab](query);
      applySearch(query, search, document);
      return query;
    });
    const counts: number[] = [];
    for (const query of queries) counts.push(await cappedCount(manager, query, countLimit));
    const pages: RegisterRow[][] = [];
    for (const query of queries) pages.push(await pageOf(query, cursor, limit));
    return { counts, pages };
  });
  const rows = pages
    .flat()
    .sort(newestFirst)
    .slice(0, limit + 1);
  const page = rows.slice(0, limit);
  const byDocument = !!(document.series || document.number);
  const liveCertificatesInRegion =
    document.series && document.number ? await liveCertificatesByDocument(context, document) : [];
  if (byDocument) {
    // A search by document reads personal data whatever it finds: who looked for which document is recorded.
    await writeAudit(context.dataSource.manager, context.caller, {
      action: 'DOCUMENT_SEARCHED',
      subjectId: identity.userId,
      after: {
        document,
        applicationIds: page.map((row) => row.id),
        liveCertificateNumbers: liveCertificatesInRegion.map((certificate) => certificate.number),
      },
    });
  }
  const exact = counts.every((count) => count <= countLimit);
  return {
    totalCount: exact ? counts.reduce((sum, count) => sum + count, 0) : countLimit,
    totalCountExact: exact,
    applications: page,
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    liveCertificatesInRegion,
  };
}

/** How many rows the query matches, counting no further than `limit + 1` (more than the limit). */
async function cappedCount(
  manager: EntityManager,
  query: SelectQueryBuilder<ApplicationEntity>,
  limit: number,
): Promise<number> {
  const [sql, parameters] = query
    .clone()
    .select('application.id')
    .limit(limit + 1)
    .getQueryAndParameters();
  const [{ count }] = await manager.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM (${sql}) capped`,
    parameters,
  );
  return count;
}

/** Up to `limit + 1` rows of one scope after the cursor, newest first, each with its cursor key. */
async function pageOf(
  query: SelectQueryBuilder<ApplicationEntity>,
  cursor: { createdAt: string; id: string } | null,
  limit: number,
) {
  if (cursor) {
    query.andWhere('(application.created_at, application.id) < (:cursorCreatedAt, :cursorId)', {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const { entities, raw } = await query
    .addSelect(CURSOR_KEY, 'cursor_key')
    .orderBy('application.created_at', 'DESC')
    .addOrderBy('application.id', 'DESC')
    .take(limit + 1)
    .getRawAndEntities<{ application_id: string; cursor_key: string }>();
  const keys = new Map(raw.map((row) => [row.application_id, BigInt(row.cursor_key)]));
  return entities.map((entity): RegisterRow => Object.assign(entity, { cursorKey: keys.get(entity.id)! }));
}

/** «Поиск»: any of the number, the child's name and birth date, and the document. */
function applySearch(
  query: SelectQueryBuilder<ApplicationEntity>,
  search: ApplicationSearchInput,
  document: ReturnType<typeof documentCriteria>,
): void {
  if (search.applicationNumber?.trim())
    query.andWhere('application.number = :applicationNumber', { applicationNumber: search.applicationNumber.trim() });
  if (search.certificateNumber?.trim()) {
    query.andWhere(
      'application.certificate_id IN (SELECT id FROM certificates.certificates WHERE number = :certificateNumber)',
      {
        certificateNumber: search.certificateNumber.trim(),
      },
    );
  }
  const childFilters: string[] = [];
  const parameters: Record<string, unknown> = {};
  for (const field of ['surname', 'name', 'patronymic'] as const) {
    const value = search[field]?.trim().toLowerCase();
    if (value) {
      childFilters.push(`lower(child.${field}) LIKE :${field}`);
      parameters[field] = `${value.replace(/[%_\\]/g, '\\$&')}%`;
    }
  }
  if (search.birthDate?.trim()) {
    childFilters.push('child.birth_date = :birthDate');
    parameters.birthDate = search.birthDate.trim();
  }
  if (childFilters.length) {
    query.andWhere(
      `application.child_id IN (SELECT child.id FROM certificates.children child WHERE ${childFilters.join(' AND ')})`,
      parameters,
    );
  }
  if (document.type || document.series || document.number) {
    const documentFilters = [
      document.type && 'document.type = :documentType',
      document.series && 'document.series = :documentSeries',
      document.number && 'document.number = :documentNumber',
    ].filter(Boolean);
    query.andWhere(
      `application.child_id IN (SELECT document.child_id FROM certificates.child_documents document WHERE ${documentFilters.join(' AND ')})`,
      {
        documentType: document.type,
        documentSeries: document.series,
        documentNumber: document.number,
      },
    );
  }
}

/** The duplicate case of docs/domain.md §6.1: the same document's child may hold a live certificate elsewhere. */
async function liveCertificatesByDocument(
  context: CertificatesContext,
  document: { type: string | null; series: string | null; number: string | null },
): Promise<LiveCertificateElsewhere[]> {
  const rows: Array<{ number: string; status: LiveCertificateElsewhere['status']; municipalityId: string }> =
    await context.dataSource.query(
      `SELECT DISTINCT certificate.number, certificate.status, certificate.municipality_id AS "municipalityId"
       FROM certificates.child_documents document
       JOIN certificates.certificates certificate ON certificate.child_id = document.child_id
      WHERE document.series = $1 AND document.number = $2 AND ($3::text IS NULL OR document.type = $3)
        AND certificate.status IN ('NOT_ACTIVATED', 'ACTIVATED')`,
      [document.series, document.number, document.type],
    );
  return Promise.all(
    rows.map(async (row) =>
      Object.assign(new LiveCertificateElsewhere(), {
        number: row.number,
        status: row.status,
        municipalityName: await context.runtime.municipalities.nameOf(row.municipalityId),
      }),
    ),
  );
}
