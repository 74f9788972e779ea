import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Identity } from '@pfdo/platform';
import { CertificatesContext } from '../context';
import { invalidFields } from '../shared/errors';
import { CertificateRegisterTab, CertificateSearchInput } from './certificate-register.types';
import { CertificateStatus } from './certificate-status';
import { CertificateType } from './certificate-type';
import { CertificateEntity } from './certificate.entity';

export const MAX_CERTIFICATE_PAGE = 100;

const CERTIFICATE_NUMBER = /^\d{10}$/;

/** The cursor is the last number of the page, opaque to clients. */
const encodeCursor = (number: string) => Buffer.from(`c|${number}`).toString('base64url');

function decodeCursor(cursor: string): string {
  const [tag, number, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (tag !== 'c' || !CERTIFICATE_NUMBER.test(number ?? '') || rest.length)
    throw invalidFields({ after: 'Неверный курсор страницы' });
  return number;
}

/** A certificate number as people type it: spaces and dashes between groups of digits are dropped. */
export function normalizeCertificateNumber(number: string): string {
  return number.trim().replace(/[\s-]/g, '');
}

/** Checks the search before any query: a certificate number is 10 digits, names are matched by their start. */
function searchCriteria(search: CertificateSearchInput) {
  const number = search.number?.trim() ? normalizeCertificateNumber(search.number) : null;
  if (number !== null && !CERTIFICATE_NUMBER.test(number)) {
    throw invalidFields({ number: 'Номер сертификата — 10 цифр' });
  }
  const names: Array<[field: 'surname' | 'name' | 'patronymic', prefix: string]> = [];
  for (const field of ['surname', 'name', 'patronymic'] as const) {
    const value = search[field]?.trim().toLowerCase();
    if (value) names.push([field, `${value.replace(/[%_\\]/g, '\\$&')}%`]);
  }
  return { number, names };
}

/** A name search that matches at most this many children reads their certificates by child. */
export const FEW_CHILDREN = 2000;

/**
 * The first step of a search by name: the matching children's ids when they are few (their certificates
 * are then read by child and sorted, a bounded amount of work whatever the tab), or null when they are many
 * (the name is common, and walking the tab in number order meets them soon).
 */
export async function fewMatchingChildren(
  manager: EntityManager,
  search: CertificateSearchInput,
): Promise<string[] | null> {
  const statement = fewMatchingChildrenSql(search);
  if (!statement) return null;
  const rows: Array<{ id: string }> = await manager.query(...statement);
  return rows.length > FEW_CHILDREN ? null : rows.map((row) => row.id);
}

/** The statement of `fewMatchingChildren`, or null when the search names no one. */
export function fewMatchingChildrenSql(search: CertificateSearchInput): [string, string[]] | null {
  const { names } = searchCriteria(search);
  if (!names.length) return null;
  const filters = names.map(([field], index) => `lower(child.${field}) LIKE $${index + 1}`);
  return [
    `SELECT child.id FROM certificates.children child WHERE ${filters.join(' AND ')} LIMIT ${FEW_CHILDREN + 1}`,
    names.map(([, prefix]) => prefix),
  ];
}

/**
 * The rows of one tab of the register: the municipal operator's own municipality, the regional operator's
 * whole region; each tab reads its partial index (migration 1764830000000) in number order. Which of the
 * two a municipality's page reads is the planner's choice, kept right by the statistics of the migration.
 * `childIds`: the few children a name matched (above).
 */
export function certificateRegisterQuery(
  query: SelectQueryBuilder<CertificateEntity>,
  identity: Pick<Identity, 'role' | 'municipalityId'>,
  tab: CertificateRegisterTab,
  search: CertificateSearchInput,
  limit: number,
  afterNumber: string | null,
  childIds: string[] | null = null,
): SelectQueryBuilder<CertificateEntity> {
  const { number, names } = searchCriteria(search);
  if (identity.role !== 'REGIONAL_OPERATOR') {
    query.where('certificate.municipality_id = :municipality', { municipality: identity.municipalityId });
  } else {
    query.where('TRUE');
  }
  if (tab === CertificateRegisterTab.FROZEN) {
    query.andWhere('certificate.status = :status', { status: CertificateStatus.FROZEN });
  } else {
    query
      .andWhere('certificate.status = :status', { status: CertificateStatus.ACTIVATED })
      .andWhere('certificate.certificate_type = :type', {
        type: tab === CertificateRegisterTab.FUNDED ? CertificateType.FUNDED : CertificateType.ACCOUNTING,
      });
  }
  if (number) query.andWhere('certificate.number = :number', { number });
  if (afterNumber) query.andWhere('certificate.number > :after', { after: afterNumber });
  if (names.length && childIds) {
    // Few children: their certificates by child (certificates_child_idx), then sorted; no index order.
    query.andWhere('certificate.child_id = ANY(:childIds)', { childIds });
    return query.orderBy('certificate.number COLLATE "C"', 'ASC').take(limit + 1);
  }
  if (names.length) {
    const filters = names.map(([field]) => `lower(child.${field}) LIKE :${field}`);
    query.andWhere(
      `certificate.child_id IN (SELECT child.id FROM certificates.children child WHERE ${filters.join(' AND ')})`,
      Object.fromEntries(names),
    );
  }
  return query.orderBy('certificate.number', 'ASC').take(limit + 1);
}

/**
 * «Сертификаты»: one page of a tab, with any search, on one connection of the register's own pool (README,
 * «Deadlines»): one statement, two for a search by name. No total count: counting a million certificates
 * would read a whole index on every page.
 */
export async function certificateRegister(
  context: CertificatesContext,
  tab: CertificateRegisterTab,
  search: CertificateSearchInput,
  first: number,
  after: string | null,
) {
  const identity = context.identity!;
  const limit = Math.min(Math.max(first, 1), MAX_CERTIFICATE_PAGE);
  const afterNumber = after ? decodeCursor(after) : null;
  const rows = await context.runtime.register.transaction('REPEATABLE READ', async (manager) => {
    const childIds = await fewMatchingChildren(manager, search);
    if (childIds && childIds.length === 0) return [];
    const query = manager.getRepository(CertificateEntity).createQueryBuilder('certificate');
    return certificateRegisterQuery(query, identity, tab, search, limit, afterNumber, childIds).getMany();
  });
  const page = rows.slice(0, limit);
  return { certificates: page, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].number) : null };
}

/**
 * The certificate of that number, if the caller's scope holds it (the municipal operator's municipality,
 * the regional operator's region); otherwise null, as for a number that does not exist.
 */
export async function findCertificateInScope(
  context: CertificatesContext,
  number: string,
): Promise<CertificateEntity | null> {
  const identity = context.identity!;
  const normalized = normalizeCertificateNumber(number);
  if (!CERTIFICATE_NUMBER.test(normalized)) throw invalidFields({ number: 'Номер сертификата — 10 цифр' });
  const certificate = await context.dataSource.getRepository(CertificateEntity).findOneBy({ number: normalized });
  if (!certificate) return null;
  if (identity.role !== 'REGIONAL_OPERATOR' && certificate.municipalityId !== identity.municipalityId) return null;
  return certificate;
}
