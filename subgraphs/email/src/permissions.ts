import { canReadMunicipalRecord, isAnyone, isAuthenticated, isCitizen, IRules, isRequester, or } from '@pfdo/platform';

/**
 * An applicant's e-mail is personal data: the applicant and the operators of the application's
 * municipality read it. The link in the e-mail works without signing in. Everything not listed is denied.
 */
export const permissions: IRules = {
  Mutation: {
    confirmEmail: isAnyone,
    resendConfirmationEmail: isCitizen,
  },
  EmailConfirmationResult: isAnyone,
  EmailConfirmation: or(isRequester, canReadMunicipalRecord),
  Application: {
    id: isAnyone,
    emailConfirmation: isAuthenticated,
  },
};
