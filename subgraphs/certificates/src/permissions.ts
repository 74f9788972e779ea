import { canReadMunicipalRecord, isAuthenticated, IRules, isOwnMunicipality, isOwnUser, isRegionalOperator, isOperator, and, or } from '@pfdo/platform';

/**
 * Who may read what in this subgraph; everything not listed is denied. Groups are reference data for
 * anyone signed in. Applications and certificates belong to their municipality's operators and the
 * regional operator; a citizen reaches only his own children.
 */
export const permissions: IRules = {
  Query: {
    certificateGroups: isAuthenticated,
  },
  CertificateGroup: isAuthenticated,
  Certificate: canReadMunicipalRecord,
  Application: canReadMunicipalRecord,
  Municipality: {
    id: isAuthenticated,
    certificateGroups: isAuthenticated,
    recentApplications: or(isRegionalOperator, and(isOperator, isOwnMunicipality)),
  },
  Organization: isAuthenticated,
  User: {
    id: isAuthenticated,
    children: isOwnUser,
  },
  Child: isAuthenticated,
};
