import { IRule, parentRule, Role } from '@pfdo/platform';

/**
 * Who may read a user record besides its owner. Each rule reads only the parent User (its `role` and
 * `municipalityId`) and the caller's identity: no query.
 */
type UserParent = { role?: Role; municipalityId?: string | null };

/** Accounts of people who work the registry or teach, as opposed to citizens and certificate cabinets. */
const STAFF_ROLES: ReadonlySet<Role> = new Set(['ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR', 'PROVIDER']);

/** A municipal registry operator reads the reception organizations' accounts of his municipality. */
export const isOrgOperatorOfOwnMunicipality: IRule = parentRule<UserParent>(
  'isOrgOperatorOfOwnMunicipality',
  ['role', 'municipalityId'],
  (parent, context) => {
    const caller = context.identity;
    return (
      caller?.role === 'MUNICIPAL_OPERATOR' &&
      !!caller.municipalityId &&
      parent.role === 'ORG_OPERATOR' &&
      parent.municipalityId === caller.municipalityId
    );
  },
);

/** The regional operator reads every staff account of the region, never a citizen's. */
export const isStaffAccountForRegionalOperator: IRule = parentRule<UserParent>(
  'isStaffAccountForRegionalOperator',
  ['role'],
  (parent, context) => context.identity?.role === 'REGIONAL_OPERATOR' && !!parent.role && STAFF_ROLES.has(parent.role),
);
