import {
  and,
  callerRule,
  hasRole,
  isAuthenticated,
  IRule,
  IRules,
  or,
  parentRule,
  isAnyone,
  isRegionalOperator,
  unauthenticated,
} from '@pfdo/platform';

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

/**
 * «Настройка сертификатов»: a municipal registry operator (of a municipality) or the regional operator. Which
 * municipality's settings each keeps is the service's check (group-setting-scope.ts), made before anything
 * is written.
 */
const mayKeepGroupSettings: IRule = callerRule('mayKeepGroupSettings', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return (identity.role === 'MUNICIPAL_OPERATOR' && !!identity.municipalityId) || identity.role === 'REGIONAL_OPERATOR';
});

/** A municipality's settings: its own registry operator's, and the regional operator's. */
const keepsGroupSettingsOfMunicipality: IRule = parentRule<{ id?: string }>(
  'keepsGroupSettingsOfMunicipality',
  ['id'],
  (parent, context) => {
    const identity = context.identity;
    if (!identity) return unauthenticated();
    return (
      identity.role === 'REGIONAL_OPERATOR' ||
      (identity.role === 'MUNICIPAL_OPERATOR' && !!parent.id && identity.municipalityId === parent.id)
    );
  },
);

/**
 * «НАВИГАТОР», the catalogue (programs, their groups, the provider cards, places of study, the map) is public:
 * anonymous visitors and every role read it (issue 12; the gateway lets anonymous callers ask for these root
 * fields alone). What the caller may see of a certificate («Исключить…») is the search's own check: only the
 * holder, of his own certificate, found by his login.
 */
const isCatalogueReader = isAnyone;

/**
 * The certificate holder's cabinet: only a CERTIFICATE_HOLDER, and only his own certificate (the query takes no
 * certificate; the service reads the one his account is). Its parts are reached only through the query.
 */
const isCertificateHolder: IRule = hasRole('CERTIFICATE_HOLDER');

/**
 * An education provider's staff, of an organization: its own programs' requests and contracts. Which request is
 * its own is the service's check (by the row's organization), made before anything is written.
 */
const isProviderOfOrganization: IRule = callerRule('isProviderOfOrganization', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return identity.role === 'PROVIDER' && !!identity.organizationId;
});

/** A request or contract: its certificate's holder, and the provider whose program it is. */
const isPartyToContract: IRule = parentRule<{ certificateId?: string; organizationId?: string }>(
  'isPartyToContract',
  ['certificateId', 'organizationId'],
  (parent, context) => {
    const identity = context.identity;
    if (!identity) return unauthenticated();
    return (
      (identity.role === 'CERTIFICATE_HOLDER' && parent.certificateId === identity.userId) ||
      (identity.role === 'PROVIDER' && !!identity.organizationId && parent.organizationId === identity.organizationId)
    );
  },
);

/**
 * A provider's accounting system, by a partner's key with `contracts:read` (README, «Partners»): the requests and
 * contracts of the key's organization, read only (the lists filter by the identity's organization).
 */
const partnerReadsContracts: IRule = callerRule('partnerReadsContracts', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return identity.role === 'PARTNER' && !!identity.organizationId && !!identity.scopes?.includes('contracts:read');
});

/** A request or contract of the partner key's organization. */
const isContractOfPartnerOrganization: IRule = parentRule<{ organizationId?: string }>(
  'isContractOfPartnerOrganization',
  ['organizationId'],
  (parent, context) => !!context.identity?.organizationId && parent.organizationId === context.identity.organizationId,
);

/**
 * «Справка о посещении кружков» is checked on a public page by whoever holds the paper (a school, a club): the code
 * its QR carries is the credential (256 random bits), and the answer is what the paper already says.
 */
const isAttendanceVerifier = isAnyone;

/** Everything not listed is denied. */
export const permissions: IRules = {
  Query: {
    programs: isAuthenticated,
    catalogue: isCatalogueReader,
    catalogueProgram: isCatalogueReader,
    catalogueProviders: isCatalogueReader,
    catalogueProvider: isCatalogueReader,
    catalogueMunicipalities: isCatalogueReader,
    catalogueMap: isCatalogueReader,
    myCertificateCabinet: isCertificateHolder,
    myContracts: isCertificateHolder,
    providerContracts: or(isProviderOfOrganization, partnerReadsContracts),
    contract: or(isCertificateHolder, isProviderOfOrganization, partnerReadsContracts),
    myCertificateProtection: isCertificateHolder,
    myHolderSettings: isCertificateHolder,
    nearbyPrograms: isCertificateHolder,
    verifyAttendanceCertificate: isAttendanceVerifier,
  },
  Mutation: {
    createEnrollmentRequest: isCertificateHolder,
    cancelEnrollmentRequest: isCertificateHolder,
    confirmEnrollmentRequest: isProviderOfOrganization,
    refuseEnrollmentRequest: isProviderOfOrganization,
    setCertificateProtection: isCertificateHolder,
    createEnrollmentRequestOnBehalf: isProviderOfOrganization,
    recordPaymentAdvance: isProviderOfOrganization,
    recordPaymentSettlement: isProviderOfOrganization,
    prolongContract: isProviderOfOrganization,
    acceptProlongation: isCertificateHolder,
    refuseProlongation: isCertificateHolder,
    createGroupSetting: mayKeepGroupSettings,
    updateGroupSetting: mayKeepGroupSettings,
    saveHolderSettings: isCertificateHolder,
    consentToPersonalDataRules: isCertificateHolder,
    issueAttendanceCertificate: isCertificateHolder,
  },
  GroupSetting: mayKeepGroupSettings,
  GroupSettingPage: mayKeepGroupSettings,
  Program: isCatalogueReader,
  ProgramGroup: isCatalogueReader,
  ScheduleSlot: isCatalogueReader,
  PlaceOfStudy: isCatalogueReader,
  Provider: isCatalogueReader,
  CatalogueProgramPage: isCatalogueReader,
  ProviderPage: isCatalogueReader,
  MapMarker: isCatalogueReader,
  Organization: {
    '*': isAuthenticated,
    id: isCatalogueReader,
    programs: isCatalogueReader,
  },
  Municipality: {
    '*': isAuthenticated,
    id: isCatalogueReader,
    groupSettings: keepsGroupSettingsOfMunicipality,
  },
  Certificate: {
    id: isAuthenticated,
    account: or(isRegionalOperator, isRegistryOperatorOfCertificate),
  },
  // Reached only through `Certificate.account`, guarded above.
  CertificateAccount: isAuthenticated,
  ProgramAllowance: isAuthenticated,
  CertificatePayment: isAuthenticated,
  CertificateCabinet: isCertificateHolder,
  CertificatePossibilities: isCertificateHolder,
  CertificateCabinetMoney: isCertificateHolder,
  CertificateNotificationPage: isCertificateHolder,
  CertificateNotification: isCertificateHolder,
  Contract: or(isPartyToContract, and(partnerReadsContracts, isContractOfPartnerOrganization)),
  CertificateProtection: isCertificateHolder,
  HolderSettings: isCertificateHolder,
  NearbyProgram: isCertificateHolder,
  AttendanceCertificateIssue: isCertificateHolder,
  AttendanceVerification: isAttendanceVerifier,
  AttendanceEnrollment: isAttendanceVerifier,
};
