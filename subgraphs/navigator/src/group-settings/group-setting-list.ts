import { DataSource } from 'typeorm';
import { invalidFields, isUuid } from '@pfdo/platform';
import { GroupSettingRow } from './group-setting.type';

export const MAX_PAGE_SIZE = 100;

export interface GroupSettingRowsPage {
  rows: GroupSettingRow[];
  nextCursor: string | null;
}

export const GROUP_SETTING_COLUMNS = `id, municipality_id, name, nominal_kopecks::text AS nominal_kopecks, min_age, max_age,
  significant_programs, general_programs, pre_professional_programs,
  municipality_limit_kopecks::text AS municipality_limit_kopecks`;

const cursorOf = (row: GroupSettingRow) => Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');

function positionOf(cursor: string): [string, string] {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string' && isUuid(id)) return [name, id];
  } catch {
    // not a cursor of ours: refused below
  }
  throw invalidFields({ after: 'Неверная позиция списка. Откройте список заново' });
}

/**
 * One page of a municipality's group settings by name: one statement whatever the size, a keyset on
 * (name, id) over group_settings_municipality_name_idx. The caller's scope is checked before.
 */
export async function listGroupSettings(
  dataSource: DataSource,
  municipalityId: string,
  { first, after }: { first: number; after?: string | null },
): Promise<GroupSettingRowsPage> {
  checkPageSize(first);
  const position = after ? positionOf(after) : null;
  const found: GroupSettingRow[] = await dataSource.query(
    `SELECT ${GROUP_SETTING_COLUMNS} FROM navigator.group_settings
      WHERE municipality_id = $1 ${position ? 'AND (name, id) > ($3, $4)' : ''}
      ORDER BY name, id LIMIT $2`,
    [municipalityId, first + 1, ...(position ?? [])],
  );
  const rows = found.slice(0, first);
  return { rows, nextCursor: found.length > first ? cursorOf(rows[rows.length - 1]) : null };
}

/**
 * The first page of several municipalities' settings in one statement (a LATERAL join per municipality over
 * the same index): `municipalities { groupSettings }` costs one query, not one per municipality.
 */
export async function firstGroupSettingPages(
  dataSource: DataSource,
  municipalityIds: readonly string[],
  first: number,
): Promise<Map<string, GroupSettingRowsPage>> {
  const found: GroupSettingRow[] = await dataSource.query(
    `SELECT s.* FROM unnest($1::uuid[]) AS m(id)
       CROSS JOIN LATERAL (
         SELECT ${GROUP_SETTING_COLUMNS} FROM navigator.group_settings
          WHERE municipality_id = m.id ORDER BY name, id LIMIT $2
       ) s`,
    [municipalityIds, first + 1],
  );
  const pages = new Map<string, GroupSettingRowsPage>(
    municipalityIds.map((id) => [id, { rows: [], nextCursor: null }]),
  );
  for (const row of found) pages.get(row.municipality_id)?.rows.push(row);
  for (const page of pages.values()) {
    if (page.rows.length > first) {
      page.rows = page.rows.slice(0, first);
      page.nextCursor = cursorOf(page.rows[first - 1]);
    }
  }
  return pages;
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw invalidFields({ first: `Размер страницы: от 1 до ${MAX_PAGE_SIZE}` });
  }
}
