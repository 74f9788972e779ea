import { domainError, ErrorCode, forbidden, Identity, isUuid, Role } from '@pfdo/platform';
import { UserEntity } from '../users/user.entity';

/**
 * Whose accounts an operator keeps (docs/domain.md §3): a municipal registry operator the reception
 * organizations of his municipality, the regional operator the municipal registry operators of every
 * municipality.
 */
export interface StaffScope {
  role: Extract<Role, 'ORG_OPERATOR' | 'MUNICIPAL_OPERATOR'>;
  /** The one municipality, or null for the whole region. */
  municipalityId: string | null;
}

export function staffScopeOf(identity: Identity | null): StaffScope {
  if (identity?.role === 'MUNICIPAL_OPERATOR' && identity.municipalityId) {
    return { role: 'ORG_OPERATOR', municipalityId: identity.municipalityId };
  }
  if (identity?.role === 'REGIONAL_OPERATOR') return { role: 'MUNICIPAL_OPERATOR', municipalityId: null };
  throw forbidden();
}

export function isInScope(scope: StaffScope, user: Pick<UserEntity, 'role' | 'municipalityId'>): boolean {
  return user.role === scope.role && (scope.municipalityId === null || user.municipalityId === scope.municipalityId);
}

/** Another municipality's account, or none: the same answer, so that ids of others tell nothing. */
export const staffAccountNotFound = () => domainError(ErrorCode.NotFound, 'Пользователь не найден');

export function assertStaffAccountId(id: string): void {
  if (!isUuid(id)) throw staffAccountNotFound();
}
