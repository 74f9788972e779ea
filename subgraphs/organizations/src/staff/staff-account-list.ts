import { DataSource } from 'typeorm';
import { Identity, invalidFields, isUuid } from '@pfdo/platform';
import { UserEntity } from '../users/user.entity';
import { staffScopeOf } from './staff-scope';

export const MAX_PAGE_SIZE = 100;

interface Position {
  fullName: string;
  id: string;
}

const cursorOf = (user: UserEntity) => Buffer.from(JSON.stringify([user.fullName, user.id])).toString('base64url');

function positionOf(cursor: string): Position {
  try {
    const [fullName, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof fullName === 'string' && typeof id === 'string' && isUuid(id)) return { fullName, id };
  } catch {
    // not a cursor of ours: refused below
  }
  throw invalidFields({ after: 'Неверная позиция списка. Откройте список заново' });
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * One page of the accounts the caller keeps, by name, searched by name or e-mail: a count and a page, two
 * statements whatever the size (the page by keyset on (full_name, id), users_staff_list_idx).
 */
export async function listStaffAccounts(
  dataSource: DataSource,
  identity: Identity | null,
  { search, first, after }: { search?: string | null; first: number; after?: string | null },
): Promise<{ accounts: UserEntity[]; totalCount: number; nextCursor: string | null }> {
  const scope = staffScopeOf(identity);
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw invalidFields({ first: `Размер страницы: от 1 до ${MAX_PAGE_SIZE}` });
  }
  const position = after ? positionOf(after) : null;
  const query = dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('u.role = :role', { role: scope.role });
  if (scope.municipalityId) query.andWhere('u.municipality_id = :municipalityId', scope);
  const text = search?.trim();
  if (text) query.andWhere('(u.login ILIKE :pattern OR u.full_name ILIKE :pattern)', { pattern: likePattern(text) });
  const totalCount = await query.clone().getCount();
  if (position) query.andWhere('(u.full_name, u.id) > (:fullName, :id)', position);
  const rows = await query
    .orderBy('u.full_name', 'ASC')
    .addOrderBy('u.id', 'ASC')
    .limit(first + 1)
    .getMany();
  const accounts = rows.slice(0, first);
  return { accounts, totalCount, nextCursor: rows.length > first ? cursorOf(accounts[accounts.length - 1]) : null };
}
