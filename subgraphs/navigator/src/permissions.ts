import {
  and,
  callerRule,
  hasRole,
  isAuthenticated,
  IRule,
  IRules,
  or,
  parentRule,
  ShieldContext,
  isAnyone,
  isRegionalOperator,
  unauthenticated,
} from '@pfdo/platform';

/**
 * A certificate's money and contracts: the registry operator of the municipality the certificate is in by the
 * registry (the certificates subgraph's `municipality`, which `account` requires, so the gateway sends it in the
 * reference). Not the navigator's copy's: that follows a move between municipalities by event, and until it
 * arrives the new municipality's operator would be refused his own certificate. No municipality, no answer.
 */
const isRegistryOperatorOfCertificate: IRule = parentRule<{ municipality?: { id: string } | null }>(
  'isRegistryOperatorOfCertificate',
  ['municipality'],
  (parent, context) =>
    context.identity?.role === 'MUNICIPAL_OPERATOR' &&
    !!parent.municipality &&
    parent.municipality.id === context.identity.municipalityId,
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

/** The caller is the holder of the row's certificate, or a provider of the row's organization. */
function isCertificatesHolderOrOrganizationsProvider(
  parent: { certificateId?: string; organizationId?: string | null },
  context: ShieldContext,
) {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return (
    (identity.role === 'CERTIFICATE_HOLDER' && parent.certificateId === identity.userId) ||
    (identity.role === 'PROVIDER' && !!identity.organizationId && parent.organizationId === identity.organizationId)
  );
}

/** A request or contract: its certificate's holder, and the provider whose program it is. */
const isPartyToContract: IRule = parentRule<{ certificateId?: string; organizationId?: string }>(
  'isPartyToContract',
  ['certificateId', 'organizationId'],
  isCertificatesHolderOrOrganizationsProvider,
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

/** The holder's help and «НОКО» switch: anyone signed in reads them (the «?» is in every cabinet's reach). */
const readsHelp: IRule = isAuthenticated;

/** The help's texts and «НОКО»'s switch and summary: the region's, so the regional operator's. */
const keepsRegionalContent: IRule = isRegionalOperator;
/**
 * «НОВОСТИ»: published by an education provider (for its municipality), a municipal registry operator (his) and
 * the regional operator (the region). Which items are his own to edit is the service's check, made before anything
 * is written.
 */
const isNewsPublisher: IRule = callerRule('isNewsPublisher', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return (
    identity.role === 'REGIONAL_OPERATOR' ||
    (identity.role === 'MUNICIPAL_OPERATOR' && !!identity.municipalityId) ||
    (identity.role === 'PROVIDER' && !!identity.organizationId)
  );
});

/**
 * «МЕРОПРИЯТИЯ»: the holder reads the upcoming events, the provider its own (the lists filter by the caller); the
 * participants are the event's provider's only.
 */
const isEventOwner: IRule = parentRule<{ organizationId?: string }>(
  'isEventOwner',
  ['organizationId'],
  (parent, context) => {
    const identity = context.identity;
    if (!identity) return unauthenticated();
    return (
      identity.role === 'PROVIDER' && !!identity.organizationId && parent.organizationId === identity.organizationId
    );
  },
);

/** «ПОРТФОЛИО»: an item is its certificate's holder's, and the provider's that added it. */
const seesPortfolioItem: IRule = parentRule<{ certificateId?: string; organizationId?: string | null }>(
  'seesPortfolioItem',
  ['certificateId', 'organizationId'],
  isCertificatesHolderOrOrganizationsProvider,
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
    mySchedule: isCertificateHolder,
    helpArticles: readsHelp,
    nokoEnabled: readsHelp,
    myNokoSurvey: isCertificateHolder,
    nokoSummary: keepsRegionalContent,
    myNews: isCertificateHolder,
    authoredNews: isNewsPublisher,
    upcomingEvents: isCertificateHolder,
    providerEvents: isProviderOfOrganization,
    providerEvent: isProviderOfOrganization,
    myPortfolio: isCertificateHolder,
    providerPortfolio: isProviderOfOrganization,
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
    rateProgram: isCertificateHolder,
    // Each service checks the role again before anything is written.
    saveHelpArticle: keepsRegionalContent,
    deleteHelpArticle: keepsRegionalContent,
    answerNokoSurvey: isCertificateHolder,
    setNokoEnabled: keepsRegionalContent,
    publishNews: isNewsPublisher,
    editNews: isNewsPublisher,
    unpublishNews: isNewsPublisher,
    publishEvent: isProviderOfOrganization,
    applyToEvent: isCertificateHolder,
    cancelEventRequest: isCertificateHolder,
    addPortfolioItem: isCertificateHolder,
    addPortfolioItemForCertificate: isProviderOfOrganization,
    deletePortfolioItem: or(isCertificateHolder, isProviderOfOrganization),
    saveHolderSettings: isCertificateHolder,
    consentToPersonalDataRules: isCertificateHolder,
    issueAttendanceCertificate: isCertificateHolder,
  },
  HelpArticle: readsHelp,
  NokoSurvey: isCertificateHolder,
  NokoQuestion: or(isCertificateHolder, keepsRegionalContent),
  NokoSummary: keepsRegionalContent,
  NokoQuestionSummary: keepsRegionalContent,
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
  // A contract's rating window is the parties' (Contract above); the rating itself reaches the holder alone: its
  // loader reads only the caller's own certificate's ratings, and the type is the holder's.
  RatingWindow: or(isCertificateHolder, isProviderOfOrganization, partnerReadsContracts),
  ProgramRating: isCertificateHolder,
  // The program page's averages are public with the catalogue; below MIN_RATINGS_FOR_AVERAGE they are not sent.
  ProgramRatingSummary: isCatalogueReader,
  // «РАСПИСАНИЕ»: the holder's own lessons, reached only through `mySchedule`.
  Schedule: isCertificateHolder,
  Lesson: isCertificateHolder,
  // Reached only through the queries above, which choose the caller's own items.
  NewsItem: or(isCertificateHolder, isNewsPublisher),
  NewsPage: or(isCertificateHolder, isNewsPublisher),
  EducationEventPage: isCertificateHolder,
  EducationEvent: {
    '*': or(isCertificateHolder, isEventOwner),
    participants: isEventOwner,
    participantsCsv: isEventOwner,
  },
  EventParticipant: isProviderOfOrganization,
  PortfolioItem: seesPortfolioItem,
  PortfolioFile: or(isCertificateHolder, isProviderOfOrganization),
  HolderSettings: isCertificateHolder,
  NearbyProgram: isCertificateHolder,
  AttendanceCertificateIssue: isCertificateHolder,
  AttendanceVerification: isAttendanceVerifier,
  AttendanceEnrollment: isAttendanceVerifier,
};
