import {
  callerRule,
  hasRole,
  isAnyone,
  isAuthenticated,
  isCitizen,
  IRule,
  IRules,
  isOwnUser,
  or,
  unauthenticated,
} from '@pfdo/platform';
import { mayEditOwnOrganization } from './organizations/organization-details';
import { mayKeepApiKeys } from './partners/api-key.rules';
import { mayKeepStaffAccounts } from './staff/staff.rules';
import { isOrgOperatorOfOwnMunicipality, isStaffAccountForRegionalOperator } from './users/user.rules';

/**
 * Who may read and do what in this subgraph. Everything not listed is denied. Municipalities and
 * organizations are public reference data for anyone signed in. A user record (reachable by key through
 * `_entities`) is its owner's; besides him, a municipal operator reads the reception organizations'
 * accounts of his municipality and the regional operator every staff account. Nobody else reads a
 * citizen's account. «Пользователи организаций» (staff/): the accounts an operator keeps, each change checked
 * against his scope in the service.
 */
/** «Мои параметры»: a registry operator edits his own organization (the service takes it from the identity). */
const mayEditOwnOrganizationRule: IRule = callerRule('mayEditOwnOrganization', (context) =>
  context.identity ? mayEditOwnOrganization(context.identity) : unauthenticated(),
);

/** «Объединение кабинетов пользователя» and «Темная тема»: a certificate's own cabinet only. */
const isCertificateHolder: IRule = hasRole('CERTIFICATE_HOLDER');

export const permissions: IRules = {
  Query: {
    me: isAnyone,
    municipalities: isAuthenticated,
    municipality: isAuthenticated,
    staffAccounts: mayKeepStaffAccounts,
    staffAccount: mayKeepStaffAccounts,
    apiKeys: mayKeepApiKeys,
    apiKey: mayKeepApiKeys,
    apiKeyUsage: mayKeepApiKeys,
    myLinkedCabinets: isCertificateHolder,
    // Null for anyone but a signed-in user: before sign-in the system's preference decides.
    myTheme: isAnyone,
  },
  Mutation: {
    login: isAnyone,
    logout: isAuthenticated,
    // A citizen's own account; the resolver checks the role again before anything is read.
    changeMyPassword: isCitizen,
    changeMyLogin: isCitizen,
    // «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Пароль» of a certificate's cabinet; the resolver checks the role again.
    changeHolderPassword: hasRole('CERTIFICATE_HOLDER'),
    createStaffAccount: mayKeepStaffAccounts,
    updateStaffAccount: mayKeepStaffAccounts,
    blockStaffAccount: mayKeepStaffAccounts,
    unblockStaffAccount: mayKeepStaffAccounts,
    resetStaffAccountPassword: mayKeepStaffAccounts,
    updateMyOrganization: mayEditOwnOrganizationRule,
    issueApiKey: mayKeepApiKeys,
    revokeApiKey: mayKeepApiKeys,
    rotateApiKey: mayKeepApiKeys,
    setApiKeyRegisteredOnly: mayKeepApiKeys,
    registerApiKeyOperation: mayKeepApiKeys,
    removeApiKeyOperation: mayKeepApiKeys,
    // The services check the role again, and the link in the database, before anything is written.
    checkCabinetToLink: isCertificateHolder,
    linkCabinet: isCertificateHolder,
    unlinkCabinet: isCertificateHolder,
    switchCabinet: isCertificateHolder,
    setMyTheme: isCertificateHolder,
  },
  LinkedCabinet: isCertificateHolder,
  CabinetToLink: isCertificateHolder,
  ApiKey: mayKeepApiKeys,
  IssuedApiKey: mayKeepApiKeys,
  ApiKeyUsageDay: mayKeepApiKeys,
  ApiKeyOperation: mayKeepApiKeys,
  StaffAccountPage: mayKeepStaffAccounts,
  StaffAccountResult: mayKeepStaffAccounts,
  // A municipality's name is public: the navigator's catalogue shows it to anonymous visitors (issue 12).
  Municipality: { '*': isAuthenticated, id: isAnyone, name: isAnyone },
  Organization: isAuthenticated,
  OrganizationPage: isAuthenticated,
  User: or(isOwnUser, isOrgOperatorOfOwnMunicipality, isStaffAccountForRegionalOperator),
};
