import { isAnyone, isAuthenticated, IRules, isOwnUser, isOperator, or } from '@pfdo/platform';

/**
 * Who may read and do what in this subgraph. Everything not listed is denied. Municipalities and
 * organizations are public reference data for anyone signed in; a user record is its owner's, and the
 * operators' who manage accounts.
 */
export const permissions: IRules = {
  Query: {
    me: isAnyone,
    municipalities: isAuthenticated,
    municipality: isAuthenticated,
  },
  Mutation: {
    login: isAnyone,
    logout: isAuthenticated,
  },
  Municipality: isAuthenticated,
  Organization: isAuthenticated,
  User: or(isOwnUser, isOperator),
};
