import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { invalidFields, perRequest } from '@pfdo/platform';
import { Organization } from '../references/references';
import { PersonalDataPart, PersonalDataRead, PersonalDataReadPage } from './personal-data-read.type';

export const MAX_PERSONAL_DATA_READS_PAGE = 50;

/** The audited fields (schema.ts, personalDataAudit) as the parts the family is shown. */
const PART_OF_FIELD: Record<string, Record<string, PersonalDataPart>> = {
  Child: {
    surname: PersonalDataPart.CHILD_NAME,
    name: PersonalDataPart.CHILD_NAME,
    patronymic: PersonalDataPart.CHILD_NAME,
    birthDate: PersonalDataPart.CHILD_BIRTH_DATE,
  },
  ChildDocument: {
    series: PersonalDataPart.DOCUMENT_SERIES_NUMBER,
    number: PersonalDataPart.DOCUMENT_SERIES_NUMBER,
    issueDate: PersonalDataPart.DOCUMENT_ISSUE,
    issuedBy: PersonalDataPart.DOCUMENT_ISSUE,
  },
  Application: {
    applicantName: PersonalDataPart.APPLICANT_NAME,
    email: PersonalDataPart.APPLICANT_EMAIL,
  },
};
const PART_ORDER = Object.values(PersonalDataPart);

interface ReadRow {
  childId: string;
  lastId: string;
  readAt: Date;
  role: string | null;
  organizationId: string | null;
  applicationNumbers: string[];
  reads: Array<{ action: string; type: string | null; fields: string[] | null }>;
}

const encodeCursor = (lastId: string) => Buffer.from(`r|${lastId}`).toString('base64url');

function decodeCursor(cursor: string): string | null {
  const [tag, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return tag === 'r' && extra === undefined && /^\d{1,19}$/.test(id ?? '') ? id! : null;
}

/** One page asked for: whose, how long, after which cursor (already checked). */
interface PageRequest {
  childId: string;
  first: number;
  before: string | null;
}

/**
 * «Кто просматривал данные» (issue 14, the Estonian data tracker as the model): every reading of a child's personal
 * data by staff or partners, from the audit the subgraph already writes (PERSONAL_DATA_READ of the child, his
 * documents and his applications; APPLICATION_FORM_READ of his applications' forms). The readings of one request
 * (one statement of writePersonalDataReads: one time, one reader) make one entry. Newest first, by the audit's id.
 * Who read is the organization and the role, never the employee's name.
 *
 * A loader: the pages of every child a request asks for with the same `first` and `after` are read in one
 * statement (a family's children listed with their readings cost one query, not one per child).
 */
export const personalDataReadsLoader = perRequest(
  (context: { dataSource: DataSource }) =>
    new DataLoader<PageRequest, PersonalDataReadPage, string>(
      async (requests) => {
        const pages = new Map<string, PersonalDataReadPage>();
        const groups = new Map<string, PageRequest[]>();
        for (const request of requests) {
          const group = `${request.first}|${request.before ?? ''}`;
          groups.set(group, [...(groups.get(group) ?? []), request]);
        }
        for (const group of groups.values()) {
          const { first, before } = group[0];
          const rows = await readPages(
            context.dataSource,
            group.map((request) => request.childId),
            first,
            before,
          );
          for (const request of group) {
            const own = rows.filter((row) => row.childId === request.childId);
            const page = own.slice(0, first);
            pages.set(
              requestKey(request),
              Object.assign(new PersonalDataReadPage(), {
                items: page.map(toRead),
                nextCursor: own.length > first && page.length ? encodeCursor(page[page.length - 1].lastId) : null,
              }),
            );
          }
        }
        return requests.map((request) => pages.get(requestKey(request))!);
      },
      { cacheKeyFn: requestKey },
    ),
);

function requestKey(request: PageRequest): string {
  return `${request.childId}|${request.first}|${request.before ?? ''}`;
}

/** Checks the page's arguments: a refusal names the argument, in Russian. */
export function personalDataReadsPage(childId: string, first: number, after: string | null): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PERSONAL_DATA_READS_PAGE) {
    throw invalidFields({ first: `На странице от 1 до ${MAX_PERSONAL_DATA_READS_PAGE} записей` });
  }
  const before = after ? decodeCursor(after) : null;
  if (after && !before) throw invalidFields({ after: 'Неверный курсор страницы' });
  return { childId, first, before };
}

/** Up to `first + 1` entries of each child, newest first; the extra one says whether a next page exists. */
function readPages(dataSource: DataSource, childIds: string[], first: number, before: string | null) {
  return dataSource.query(
    `SELECT k.child_id AS "childId", r.*
       FROM unnest($1::uuid[]) AS k(child_id)
      CROSS JOIN LATERAL (
        SELECT max(e.id)::text AS "lastId", e.occurred_at AS "readAt", e.actor_role AS role,
               e.actor_organization_id AS "organizationId",
               coalesce(array_agg(DISTINCT s.number) FILTER (WHERE s.number IS NOT NULL), '{}') AS "applicationNumbers",
               jsonb_agg(jsonb_build_object('action', e.action, 'type', e.after->>'type', 'fields', e.after->'fields')) AS reads
          FROM (SELECT k.child_id AS id, NULL::text AS number
                UNION ALL SELECT d.id, NULL FROM certificates.child_documents d WHERE d.child_id = k.child_id
                UNION ALL SELECT a.id, a.number FROM certificates.applications a WHERE a.child_id = k.child_id) s
          JOIN certificates.audit_events e ON e.subject_id = s.id
         WHERE e.action IN ('PERSONAL_DATA_READ', 'APPLICATION_FORM_READ')
           AND ($2::bigint IS NULL OR e.id < $2::bigint)
         GROUP BY e.occurred_at, e.actor_user_id, e.actor_role, e.actor_organization_id, e.actor_service
         ORDER BY max(e.id) DESC
         LIMIT $3
      ) r
      ORDER BY k.child_id, r."lastId"::bigint DESC`,
    [childIds, before, first + 1],
  ) as Promise<ReadRow[]>;
}

function toRead(row: ReadRow): PersonalDataRead {
  const parts = new Set<PersonalDataPart>();
  for (const read of row.reads) {
    if (read.action === 'APPLICATION_FORM_READ') parts.add(PersonalDataPart.APPLICATION_FORM);
    for (const field of read.fields ?? []) {
      const part = PART_OF_FIELD[read.type ?? '']?.[field];
      if (part) parts.add(part);
    }
  }
  return Object.assign(new PersonalDataRead(), {
    readAt: row.readAt.toISOString(),
    reader: {
      role: row.role ?? 'SERVICE',
      organization: row.organizationId ? Organization.ref(row.organizationId) : null,
    },
    parts: PART_ORDER.filter((part) => parts.has(part)),
    applicationNumbers: [...row.applicationNumbers].sort(),
  });
}
