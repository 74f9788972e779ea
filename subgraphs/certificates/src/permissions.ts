import {
  and,
  canReadMunicipalPersonalData,
  canReadMunicipalRecord,
  isApplicant,
  isAuthenticated,
  isCitizen,
  isGuardian,
  IRules,
  isOperator,
  isOwnMunicipality,
  isOwnUser,
  isRegionalOperator,
  or,
} from '@pfdo/platform';

/** A child's own records: his guardians (the applicant among them) and the operators of his municipality. */
const canReadChildRecord = or(isGuardian, isApplicant, canReadMunicipalRecord);
/** Series and numbers of documents: guardians, and operators entitled to personal data. */
const canReadDocumentNumbers = or(isGuardian, canReadMunicipalPersonalData);

/**
 * Who may read and do what in this subgraph; everything not listed is denied. Citizens act only on their
 * own children (the services refuse anyone else's child as not found).
 */
export const permissions: IRules = {
  Query: {
    certificateGroups: isAuthenticated,
  },
  Mutation: {
    addChildDocument: isCitizen,
    submitApplication: isCitizen,
    issueCertificate: isCitizen,
  },
  CertificateGroup: isAuthenticated,
  Certificate: canReadChildRecord,
  IssuedCertificate: isCitizen,
  Application: canReadChildRecord,
  Child: canReadChildRecord,
  ChildDocument: {
    '*': canReadChildRecord,
    series: canReadDocumentNumbers,
    number: canReadDocumentNumbers,
  },
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
};
