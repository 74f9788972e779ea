import {
  and,
  canProcessApplications,
  hasPersonalDataRight,
  canReadMunicipalRecord,
  isApplicant,
  isAuthenticated,
  isCitizen,
  isGuardian,
  IRules,
  isOperator,
  isOrgOperator,
  isMunicipalOperator,
  isOwnMunicipality,
  isOwnUser,
  isRegionalOperator,
  or,
} from '@pfdo/platform';

/** A child's own records: his guardians (the applicant among them) and the operators of his municipality. */
const canReadChildRecord = or(isGuardian, isApplicant, canReadMunicipalRecord);

/**
 * Who may read and do what in this subgraph; everything not listed is denied. Citizens act only on their
 * own children (the services refuse anyone else's child as not found).
 */
export const permissions: IRules = {
  Query: {
    certificateGroups: isAuthenticated,
    applicationRegister: isOperator,
    application: isOperator,
  },
  Mutation: {
    addChildDocument: isCitizen,
    submitApplication: isCitizen,
    issueCertificate: isCitizen,
    recordDocumentsReceived: or(isOrgOperator, isMunicipalOperator),
    createApplication: or(isOrgOperator, isMunicipalOperator),
    confirmPersonalData: canProcessApplications,
    // «Редактировать»: those with the right to personal data.
    editApplication: or(isMunicipalOperator, and(isOrgOperator, hasPersonalDataRight)),
    sendToNavigator: isMunicipalOperator,
    refuseApplication: canProcessApplications,
  },
  ApplicationRegisterPage: isOperator,
  LiveCertificateElsewhere: isOperator,
  ApplicationHistoryEntry: isAuthenticated,
  CreatedApplication: or(isOrgOperator, isMunicipalOperator),
  CertificateGroup: isAuthenticated,
  Certificate: canReadChildRecord,
  IssuedCertificate: isCitizen,
  Application: canReadChildRecord,
  Child: canReadChildRecord,
  // Series and numbers are masked for a reception organization without the right (see documentNumberFor).
  ChildDocument: canReadChildRecord,
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
