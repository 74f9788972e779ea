import {
  and,
  callerRule,
  canReadMunicipalRecord,
  hasRole,
  hasScope,
  Identity,
  IRule,
  IRules,
  isAuthenticated,
  isCitizen,
  isOfOwnMunicipality,
  isOperator,
  isOwnUser,
  isRegionalOperator,
  or,
  parentRule,
  Role,
  unauthenticated,
} from '@pfdo/platform';
import { seesDocumentNumbers } from './authorization';
import { certificateRights } from './certificate-actions/certificate-actions';

/** The roles `isOperator` lets into the register. */
const OPERATOR_ROLES: readonly Role[] = ['ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR'];

/**
 * What each caller may do, by their role and rights alone (docs/domain.md §3, §6.3). The shield's rules on the
 * mutations below and `allowedActions` are both made from these functions, so the buttons the web shows
 * and the mutations the server accepts cannot drift apart.
 */
export const rights = {
  /** «Создать заявку», «Документы получены»: reception organizations and municipal operators. */
  receiveApplications: (identity: Identity) =>
    identity.role === 'ORG_OPERATOR' || identity.role === 'MUNICIPAL_OPERATOR',
  /** Confirm or refuse: a municipal registry operator, or a reception organization with both rights. */
  processApplications: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' ||
    (identity.role === 'ORG_OPERATOR' && identity.canViewPersonalData && identity.canConfirmApplications),
  /** «Редактировать»: those who see personal data. */
  editApplications: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' || (identity.role === 'ORG_OPERATOR' && identity.canViewPersonalData),
  /** «Отправить в ПФДО»: the municipality's registry operator. */
  sendToNavigator: (identity: Identity) => identity.role === 'MUNICIPAL_OPERATOR',
  /** The citizen portal: apply for one's own child, follow the e-mail link, «Получить сертификат». */
  applyAsCitizen: (identity: Identity) => identity.role === 'CITIZEN',
  /** «Сертификаты»: the certificate register and the certificate page, the registry operators'. */
  readCertificateRegister: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR',
  /** Search the register (an operator's) by a document's series and number: `assertMaySearchByDocument`. */
  searchByDocument: (identity: Identity) => OPERATOR_ROLES.includes(identity.role) && seesDocumentNumbers(identity),
  /** «Заморозить», «Отозвать согласие», «Сформировать новую выписку», the re-sending to the navigator. */
  ...certificateRights,
  /** «Группы сертификатов»: the municipality's registry operator (his municipality), the regional one (any). */
  manageCertificateGroups: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR',
  /** «Пакетные обработки»: the same registry operators. */
  changeGroupsInBulk: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR',
  /** «Мои параметры»: the municipality's «Положение о ПДО» (upload, excerpt, versions); registry operators. */
  manageRegulation: (identity: Identity) =>
    identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR',
  /** «Отчеты»: registry operators, of their municipality or of the region. */
  readReports: (identity: Identity) => identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR',
} satisfies Record<string, (identity: Identity) => boolean>;

type Right = keyof typeof rights;

const rightRules = new Map<Right, IRule>();

/** The shield's rule for one right: once per request, UNAUTHENTICATED for an anonymous caller. */
function may(right: Right): IRule {
  let existing = rightRules.get(right);
  if (!existing) {
    existing = callerRule(`may(${right})`, (context) =>
      context.identity ? rights[right](context.identity) : unauthenticated(),
    );
    rightRules.set(right, existing);
  }
  return existing;
}

/** The parent object is the caller's own municipality (a Municipality, identified by `id`). */
const isOwnMunicipality: IRule = parentRule<{ id?: string }>(
  'isOwnMunicipality',
  ['id'],
  (parent, context) => !!context.identity?.municipalityId && parent.id === context.identity.municipalityId,
);

/** The caller is a guardian of the child the parent object belongs to (it carries `guardianUserIds`). */
const isGuardian: IRule = parentRule<{ guardianUserIds?: string[] }>(
  'isGuardian',
  ['guardianUserIds'],
  (parent, context) => !!context.identity && (parent.guardianUserIds ?? []).includes(context.identity.userId),
);

/** The caller is the applicant of the parent application (it carries `applicantUserId`). */
const isApplicant: IRule = parentRule<{ applicantUserId?: string | null }>(
  'isApplicant',
  ['applicantUserId'],
  (parent, context) =>
    !!context.identity && !!parent.applicantUserId && parent.applicantUserId === context.identity.userId,
);

/**
 * A partner's key with `certificates:read` (README, «Partners»): the certificate register of the key's one
 * municipality, as its municipal operator reads it (the services filter by the identity's municipality), with
 * the same audit of personal data.
 */
const partnerReadsCertificates: IRule = callerRule('partnerReadsCertificates', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return identity.role === 'PARTNER' && !!identity.municipalityId && !!identity.scopes?.includes('certificates:read');
});

/**
 * A partner's key acting for a reception organization (README, «Partners»): `applications:read` reads the
 * organization's applications (the register filters by the identity's organization), `applications:write` files
 * them through «Создать заявку»'s service, which keeps them to the key's municipality before anything is written.
 */
function partnerOfReceptionOrganization(scope: 'applications:read' | 'applications:write'): IRule {
  return callerRule(`partnerOfReceptionOrganization(${scope})`, (context) => {
    const identity = context.identity;
    if (!identity) return unauthenticated();
    return (
      identity.role === 'PARTNER' &&
      !!identity.organizationId &&
      !!identity.municipalityId &&
      !!identity.scopes?.includes(scope)
    );
  });
}
const partnerReadsApplications = partnerOfReceptionOrganization('applications:read');
const partnerWritesApplications = partnerOfReceptionOrganization('applications:write');

/** The parent application was created by the caller's organization, or its documents were received there. */
const isOwnOrganizationApplication: IRule = parentRule<{
  createdByOrganizationId?: string | null;
  receivedByOrganizationId?: string | null;
}>('isOwnOrganizationApplication', ['createdByOrganizationId', 'receivedByOrganizationId'], (parent, context) => {
  const own = context.identity?.organizationId;
  return !!own && (parent.createdByOrganizationId === own || parent.receivedByOrganizationId === own);
});

/** An application of the partner's organization, and the child, documents and certificate it reaches. */
const partnerReadsOwnApplication = and(partnerReadsApplications, isOwnOrganizationApplication);
const partnerReadsApplicationRecord = and(partnerReadsApplications, isOfOwnMunicipality);

/** Records of the partner's municipality, reached through its certificates. */
const partnerReadsOwnMunicipalityRecord = and(hasScope('certificates:read'), isOfOwnMunicipality);

/** A child's own records: his guardians (the applicant among them) and the operators of his municipality. */
const canReadChildRecord = or(isGuardian, isApplicant, canReadMunicipalRecord);

/** A certificate and its child: as above, and a partner's key that reads its municipality's certificates. */
const canReadCertificateRecord = or(
  canReadChildRecord,
  partnerReadsOwnMunicipalityRecord,
  partnerReadsApplicationRecord,
);

/**
 * Who may read and do what in this subgraph; everything not listed is denied. Citizens act only on their
 * own children (the services refuse anyone else's child as not found).
 */
export const permissions: IRules = {
  Query: {
    certificateGroups: isAuthenticated,
    applicationRegister: or(isOperator, partnerReadsApplications),
    application: or(isOperator, partnerReadsApplications),
    certificateAtHand: isOperator,
    certificatesNotSentToNavigator: may('resendToNavigator'),
    navigatorGroupSettings: may('manageCertificateGroups'),
    groupChangeJob: may('changeGroupsInBulk'),
    registryReport: may('readReports'),
    certificateRegister: or(may('readCertificateRegister'), partnerReadsCertificates),
    certificate: or(may('readCertificateRegister'), partnerReadsCertificates),
  },
  Mutation: {
    addChildDocument: isCitizen,
    submitApplication: may('applyAsCitizen'),
    // The service finds the child among the caller's own (NOT_FOUND otherwise) before anything is written.
    requestCertificateChange: may('applyAsCitizen'),
    issueCertificate: may('applyAsCitizen'),
    recordDocumentsReceived: may('receiveApplications'),
    createApplication: or(may('receiveApplications'), partnerWritesApplications),
    confirmPersonalData: may('processApplications'),
    editApplication: may('editApplications'),
    sendToNavigator: may('sendToNavigator'),
    refuseApplication: may('processApplications'),
    freezeCertificate: may('changeCertificateStatus'),
    withdrawCertificateConsent: may('changeCertificateStatus'),
    issueCertificateExtract: may('issueExtracts'),
    // «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → a new «Выписка сертификата» of the holder's own certificate.
    issueMyCertificateExtract: hasRole('CERTIFICATE_HOLDER'),
    resendCertificateToNavigator: may('resendToNavigator'),
    resendCertificatesToNavigator: may('resendToNavigator'),
    importCertificateGroups: may('manageCertificateGroups'),
    editCertificateGroup: may('manageCertificateGroups'),
    blockCertificateGroup: may('manageCertificateGroups'),
    unblockCertificateGroup: may('manageCertificateGroups'),
    deleteCertificateGroup: may('manageCertificateGroups'),
    startGroupChange: may('changeGroupsInBulk'),
    setMunicipalRegulationExcerpt: may('manageRegulation'),
    // Which municipality: the service's check (his own, or any for the regional operator), before anything is read.
    setMunicipalCitizenNotice: may('manageRegulation'),
  },
  RegistryReport: may('readReports'),
  ApplicationCount: may('readReports'),
  CertificateCount: may('readReports'),
  OrganizationApplicationCount: may('readReports'),
  MunicipalRegulation: {
    id: isAuthenticated,
    uploadedAt: isAuthenticated,
    sizeBytes: isAuthenticated,
    originalName: isAuthenticated,
    current: isAuthenticated,
    url: isAuthenticated,
    uploadedByName: may('manageRegulation'),
  },
  MunicipalRegulationVersionPage: may('manageRegulation'),
  ApplicationRegisterPage: or(isOperator, partnerReadsApplications),
  CertificateRegisterPage: or(may('readCertificateRegister'), partnerReadsCertificates),
  LiveCertificateElsewhere: isOperator,
  ApplicationHistoryEntry: isAuthenticated,
  CreatedApplication: or(may('receiveApplications'), partnerWritesApplications),
  CertificateGroup: { '*': isAuthenticated, certificateCount: may('manageCertificateGroups') },
  BudgetProgramCount: isAuthenticated,
  NavigatorGroupSetting: may('manageCertificateGroups'),
  GroupChangeJob: may('changeGroupsInBulk'),
  GroupChangeJobPage: may('changeGroupsInBulk'),
  GroupChangeRefusal: may('changeGroupsInBulk'),
  GroupChangeRefusalPage: may('changeGroupsInBulk'),
  Certificate: canReadCertificateRecord,
  IssuedCertificate: isCitizen,
  CertificateAtHand: { '*': isOperator, representativeEmailMasked: may('issueExtracts') },
  CertificateExtract: may('issueExtracts'),
  NotSentCertificatesPage: may('resendToNavigator'),
  NavigatorResendOutcome: may('resendToNavigator'),
  // A write-only key reads what it filed in the mutation's answer (number, status), nothing more of the child.
  Application: or(
    canReadChildRecord,
    partnerReadsOwnApplication,
    and(partnerWritesApplications, isOwnOrganizationApplication),
  ),
  // What staff read of the child is told to his family alone.
  Child: { '*': canReadCertificateRecord, personalDataReads: isGuardian },
  PersonalDataReadPage: isCitizen,
  PersonalDataRead: isCitizen,
  PersonalDataReader: isCitizen,
  // Series and numbers are masked for a reception organization without the right (see documentNumberFor).
  ChildDocument: canReadCertificateRecord,
  Municipality: {
    id: isAuthenticated,
    certificateGroups: isAuthenticated,
    recentApplications: or(isRegionalOperator, and(isOperator, isOwnMunicipality)),
    // The resolver checks the municipality too (assertActsInMunicipality), before it reads anything.
    groupChangeJobs: and(may('changeGroupsInBulk'), or(isRegionalOperator, isOwnMunicipality)),
    regulation: isAuthenticated,
    regulationExcerpt: isAuthenticated,
    activationNotice: isAuthenticated,
    supportPhones: isAuthenticated,
    regulationVersions: or(isRegionalOperator, and(may('manageRegulation'), isOwnMunicipality)),
  },
  Organization: isAuthenticated,
  User: {
    id: isAuthenticated,
    children: isOwnUser,
    registryActions: isOwnUser,
  },
  MyCertificateExtract: hasRole('CERTIFICATE_HOLDER'),
};
