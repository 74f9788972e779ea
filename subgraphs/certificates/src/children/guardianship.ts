import { EntityManager } from 'typeorm';
import { Identity, isUuid } from '@pfdo/platform';
import { childNotFound } from '../shared/errors';
import { ChildEntity, GuardianRelation } from './child.entity';

/**
 * The caller's own child, or NOT_FOUND: a child of someone else is refused without revealing that it
 * exists. With `lock`, the child's row is locked until the transaction ends, which serialises
 * concurrent applications for the same child.
 */
export async function getOwnChild(
  manager: EntityManager,
  identity: Identity,
  childId: string,
  options: { lock?: boolean } = {},
): Promise<{ child: ChildEntity; relation: GuardianRelation }> {
  if (!isUuid(childId)) throw childNotFound();
  const rows: Array<ChildEntity & { relation: GuardianRelation }> = await manager.query(
    `SELECT child.id, child.surname, child.name, child.patronymic, to_char(child.birth_date, 'YYYY-MM-DD') AS "birthDate",
            child.municipality_id AS "municipalityId", guardian.relation
       FROM certificates.children child
       JOIN certificates.child_guardians guardian ON guardian.child_id = child.id
      WHERE child.id = $1 AND guardian.user_id = $2
      ${options.lock ? 'FOR UPDATE OF child' : ''}`,
    [childId, identity.userId],
  );
  const [row] = rows;
  if (!row) throw childNotFound();
  const { relation, ...child } = row;
  return { child: Object.assign(new ChildEntity(), child), relation };
}

export function fullNameOf(child: Pick<ChildEntity, 'surname' | 'name' | 'patronymic'>): string {
  return [child.surname, child.name, child.patronymic].filter(Boolean).join(' ');
}
