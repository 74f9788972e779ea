import { DataSource } from 'typeorm';
import { Identity, invalidFields, isUuid } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';
import { ProgramEntity } from '../programs/program.entity';
import { CatalogueFilter, ProviderRow } from './catalogue.types';

export const MAX_CATALOGUE_PAGE = 100;
/** The longest search text: a program's or organization's name typed in part; longer is refused by the input rules. */
export const MAX_SEARCH_TEXT = 100;
const MAX_AGE = 25;
const MAX_PRICE_KOPECKS = 100_000_000;

const CURSOR_MESSAGE = 'Неверная позиция списка. Откройте список заново';

const cursorOf = (title: string, id: string) => Buffer.from(JSON.stringify([title, id])).toString('base64url');

function positionOf(cursor: string): [string, string] {
  try {
    const [title, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof title === 'string' && typeof id === 'string' && isUuid(id)) return [title, id];
  } catch {
    // not a cursor of ours: refused below
  }
  throw invalidFields({ after: CURSOR_MESSAGE });
}

export function checkCataloguePageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_CATALOGUE_PAGE) {
    throw invalidFields({ first: `Размер страницы — от 1 до ${MAX_CATALOGUE_PAGE}` });
  }
}

/** The day in the region's calendar, YYYY-MM-DD. */
export function regionToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(now);
}

/** A LIKE pattern matching the text anywhere, its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Builds `$n` placeholders as values are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** What the navigator knows of a holder's certificate for «Исключить…» (catalogue.types.ts says the rule). */
interface HolderFacts {
  activated: boolean;
  hasSetting: boolean;
  min_age: number | null;
  max_age: number | null;
  nominal_positive: boolean;
  significant_programs: number | null;
  general_programs: number | null;
}

async function holderFacts(dataSource: DataSource, identity: Identity): Promise<HolderFacts> {
  const [row] = (await dataSource.query(
    `SELECT c.status = 'ACTIVATED' AS activated, s.id IS NOT NULL AS "hasSetting", s.min_age, s.max_age,
            s.nominal_kopecks > 0 AS nominal_positive, s.significant_programs, s.general_programs
       FROM navigator.registered_certificates c
       LEFT JOIN navigator.group_settings s
         ON s.municipality_id = c.municipality_id AND lower(s.name) = lower(c.group_name)
      WHERE c.number = $1`,
    [identity.login],
  )) as HolderFacts[];
  // A certificate not handed over to the navigator cannot be enrolled on: as not activated, with no setting.
  return (
    row ?? {
      activated: false,
      hasSetting: false,
      min_age: null,
      max_age: null,
      nominal_positive: false,
      significant_programs: null,
      general_programs: null,
    }
  );
}

function checkFilter(filter: CatalogueFilter, identity: Identity | null): void {
  const fields: Record<string, string> = {};
  if (filter.municipalityId != null && !isUuid(filter.municipalityId)) fields.municipalityId = 'Неверный муниципалитет';
  if (filter.age != null && (!Number.isInteger(filter.age) || filter.age < 0 || filter.age > MAX_AGE))
    fields.age = `Возраст — от 0 до ${MAX_AGE} лет`;
  if (filter.startMonth != null && filter.startMonth !== '' && !/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(filter.startMonth))
    fields.startMonth = 'Месяц начала занятий — в виде ГГГГ-ММ';
  if (
    filter.maxPriceKopecks != null &&
    (!Number.isInteger(filter.maxPriceKopecks) ||
      filter.maxPriceKopecks < 0 ||
      filter.maxPriceKopecks > MAX_PRICE_KOPECKS)
  )
    fields.maxPriceKopecks = 'Стоимость — от 0 до 1 000 000 ₽';
  if (filter.excludeUnavailable && identity?.role !== 'CERTIFICATE_HOLDER')
    fields.excludeUnavailable =
      'Исключить недоступные программы может только владелец сертификата, войдя по его номеру';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
}

export interface ProgramRowsPage {
  rows: ProgramEntity[];
  nextCursor: string | null;
}

interface RawProgram {
  id: string;
  organization_id: string;
  municipality_id: string;
  title: string;
  registry: ProgramEntity['registry'];
  age_from: number;
  age_to: number;
  description: string;
  content: string;
  form_of_study: ProgramEntity['formOfStudy'];
  duration_months: number;
  hours_total: number;
  price_kopecks: string | null;
  created_at: Date;
}

export function programOfRow(row: RawProgram): ProgramEntity {
  return Object.assign(new ProgramEntity(), {
    id: row.id,
    organizationId: row.organization_id,
    municipalityId: row.municipality_id,
    title: row.title,
    registry: row.registry,
    ageFrom: row.age_from,
    ageTo: row.age_to,
    description: row.description,
    content: row.content,
    formOfStudy: row.form_of_study,
    durationMonths: row.duration_months,
    hoursTotal: row.hours_total,
    priceKopecks: row.price_kopecks === null ? null : Number(row.price_kopecks),
    createdAt: row.created_at,
  });
}

/**
 * One page of the catalogue's programs by title: one statement (two for «Исключить…», which first reads the
 * holder's certificate), whatever the page size; a keyset on (title, id). The text is a case-insensitive
 * substring of the title, served by programs_title_trgm_idx.
 */
export async function searchPrograms(
  dataSource: DataSource,
  identity: Identity | null,
  filter: CatalogueFilter,
  { first, after }: { first: number; after?: string | null },
): Promise<ProgramRowsPage> {
  checkCataloguePageSize(first);
  checkFilter(filter, identity);
  const position = after ? positionOf(after) : null;
  const params = new Params();
  const where: string[] = [];
  let todayParam: string | null = null;
  const today = () => (todayParam ??= params.add(regionToday()));
  const text = filter.text?.trim();
  if (text) where.push(`lower(p.title) LIKE ${params.add(containsPattern(text))}`);
  if (filter.municipalityId) where.push(`p.municipality_id = ${params.add(filter.municipalityId)}`);
  if (filter.registry) where.push(`p.registry = ${params.add(filter.registry)}`);
  if (filter.formOfStudy) where.push(`p.form_of_study = ${params.add(filter.formOfStudy)}`);
  if (filter.age != null) {
    const age = params.add(filter.age);
    where.push(`p.age_from <= ${age} AND p.age_to >= ${age}`);
  }
  if (filter.maxPriceKopecks != null)
    where.push(`coalesce(p.price_kopecks, 0) <= ${params.add(filter.maxPriceKopecks)}`);
  const groupConditions: string[] = [];
  if (filter.startMonth) groupConditions.push(`to_char(g.starts_on, 'YYYY-MM') = ${params.add(filter.startMonth)}`);
  if (filter.freePlacesOnly) groupConditions.push(`g.places_taken < g.places_total AND g.ends_on >= ${today()}::date`);
  if (groupConditions.length > 0)
    where.push(
      `EXISTS (SELECT 1 FROM navigator.program_groups g WHERE g.program_id = p.id AND ${groupConditions.join(' AND ')})`,
    );
  if (filter.excludeUnavailable && identity) {
    const facts = await holderFacts(dataSource, identity);
    where.push(
      `EXISTS (SELECT 1 FROM navigator.program_groups g
                WHERE g.program_id = p.id AND g.places_taken < g.places_total AND g.ends_on >= ${today()}::date)`,
    );
    if (!facts.activated) where.push(`p.registry = 'PAID'`);
    if (facts.hasSetting) {
      where.push(`p.age_from < ${params.add(facts.max_age)} AND p.age_to >= ${params.add(facts.min_age)}`);
      const allowed = ['PAID'];
      if (facts.nominal_positive) allowed.push('CERTIFIED');
      if ((facts.significant_programs ?? 0) > 0) allowed.push('SIGNIFICANT');
      if ((facts.general_programs ?? 0) > 0) allowed.push('GENERAL');
      where.push(`p.registry = ANY(${params.add(allowed)}::text[])`);
    }
  }
  if (position) where.push(`(p.title, p.id) > (${params.add(position[0])}, ${params.add(position[1])}::uuid)`);
  const limit = params.add(first + 1);
  const found = (await dataSource.query(
    `SELECT p.* FROM navigator.programs p
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY p.title, p.id LIMIT ${limit}`,
    params.values,
  )) as RawProgram[];
  const rows = found.slice(0, first).map(programOfRow);
  const last = rows[rows.length - 1];
  return { rows, nextCursor: found.length > first ? cursorOf(last.title, last.id) : null };
}

export interface ProviderRowsPage {
  rows: ProviderRow[];
  nextCursor: string | null;
}

export const PROVIDER_COLUMNS = `organization_id, name, address, phone, site, municipality_id, latitude, longitude`;

/** Organization search: a substring of the name, a municipality; a keyset on (name, organization_id). */
export async function searchProviders(
  dataSource: DataSource,
  { text, municipalityId }: { text?: string | null; municipalityId?: string | null },
  { first, after }: { first: number; after?: string | null },
): Promise<ProviderRowsPage> {
  checkCataloguePageSize(first);
  if (municipalityId != null && !isUuid(municipalityId))
    throw invalidFields({ municipalityId: 'Неверный муниципалитет' });
  const position = after ? positionOf(after) : null;
  const params = new Params();
  const where: string[] = [];
  const trimmed = text?.trim();
  if (trimmed) where.push(`lower(name) LIKE ${params.add(containsPattern(trimmed))}`);
  if (municipalityId) where.push(`municipality_id = ${params.add(municipalityId)}`);
  if (position) where.push(`(name, organization_id) > (${params.add(position[0])}, ${params.add(position[1])}::uuid)`);
  const found = (await dataSource.query(
    `SELECT ${PROVIDER_COLUMNS} FROM navigator.provider_cards
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY name, organization_id LIMIT ${params.add(first + 1)}`,
    params.values,
  )) as ProviderRow[];
  const rows = found.slice(0, first);
  const last = rows[rows.length - 1];
  return { rows, nextCursor: found.length > first ? cursorOf(last.name, last.organization_id) : null };
}
