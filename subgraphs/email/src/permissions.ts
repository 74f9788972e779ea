import { canReadMunicipalRecord, isAuthenticated, IRules } from '@pfdo/platform';

/**
 * An applicant's e-mail is personal data: only the operators of the application's municipality and the
 * regional operator read it. Everything not listed is denied.
 */
export const permissions: IRules = {
  EmailConfirmation: canReadMunicipalRecord,
  Application: {
    id: isAuthenticated,
    emailConfirmation: isAuthenticated,
  },
};
