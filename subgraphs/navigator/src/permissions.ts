import { isAuthenticated, IRules } from '@pfdo/platform';

/** The catalogue is open to anyone signed in; everything not listed is denied. */
export const permissions: IRules = {
  Query: {
    programs: isAuthenticated,
  },
  Program: isAuthenticated,
  Organization: isAuthenticated,
  Municipality: isAuthenticated,
};
