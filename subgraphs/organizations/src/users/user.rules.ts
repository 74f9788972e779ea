import { IRule, Role, rule, ShieldContext } from '@pfdo/platform';

/**
 * Who may read a user record besides its owner. Each rule reads only the parent User (its `role` and
 * `municipalityId`) and the caller's identity: no query.
 */
type UserParent = { role?: Role; municipalityId?: string | null };

/** Accounts of people who work the registry or teach, as opposed to citizens and certificate cabinets. */
const STAFF_ROLES: ReadonlySet<Role> = new Set(['ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR', 'PROVIDER']);

/** A municipal registry operator reads the reception organizations' accounts of his municipality. */
export const isOrgOperatorOfOwnMunicipality: IRule = rule('isOrgOperatorOfOwnMunicipality', { cache: 'strict' })(
  (parent: UserParent, _args, context: ShieldContext) => {
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
export const isStaffAccountForRegionalOperator: IRule = rule('isStaffAccountForRegionalOperator', { cache: 'strict' })(
  (parent: UserParent, _args, context: ShieldContext) =>
    context.identity?.role === 'REGIONAL_OPERATOR' && !!parent.role && STAFF_ROLES.has(parent.role),
);
