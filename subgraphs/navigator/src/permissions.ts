import { isAuthenticated, IRule, IRules, or, parentRule, isRegionalOperator } from '@pfdo/platform';

/**
 * A certificate's money and contracts: the regional operator's, and the registry operator of the
 * municipality the navigator's copy names. A certificate the navigator has no copy of has nothing to show
 * (every figure 0), so any registry operator may read that; the certificates subgraph has already kept him
 * to his own municipality's certificates.
 */
const isRegistryOperatorOfCertificate: IRule = parentRule<{ municipalityId?: string | null }>(
  'isRegistryOperatorOfCertificate',
  ['municipalityId'],
  (parent, context) =>
    context.identity?.role === 'MUNICIPAL_OPERATOR' &&
    ((parent.municipalityId ?? null) === null || parent.municipalityId === context.identity.municipalityId),
);

/** The catalogue is open to anyone signed in; everything not listed is denied. */
export const permissions: IRules = {
  Query: {
    programs: isAuthenticated,
  },
  Program: isAuthenticated,
  Organization: isAuthenticated,
  Municipality: isAuthenticated,
  Certificate: {
    id: isAuthenticated,
    account: or(isRegionalOperator, isRegistryOperatorOfCertificate),
  },
  // Reached only through `Certificate.account`, guarded above.
  CertificateAccount: isAuthenticated,
  ProgramAllowance: isAuthenticated,
  CertificatePayment: isAuthenticated,
};
