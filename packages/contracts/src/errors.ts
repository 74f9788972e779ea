/**
 * The stable `extensions.code` values programs rely on (GraphQL errors, and the `{ error: { code } }` bodies of
 * the plain HTTP routes). Messages are Russian and may change; codes may not. The same list is the GraphQL
 * enum `ErrorCode` of the schema (see ERROR_CODE_SDL), so that the web's generated types know every code.
 */
export const ErrorCode = {
  // Any service
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  RateLimited: 'RATE_LIMITED',
  /** A deadline passed: a statement, a lock or a free database connection took too long. Worth retrying soon. */
  ServiceBusy: 'SERVICE_BUSY',
  /** A service this one needs (its database, another subgraph) cannot be reached at the moment. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
  // Plain HTTP routes (every service)
  BadRequest: 'BAD_REQUEST',
  MalformedJson: 'MALFORMED_JSON',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  // The gateway
  /** A subgraph did not answer in time or at all: that part of the answer is missing. */
  SubgraphUnavailable: 'SUBGRAPH_UNAVAILABLE',
  ForbiddenOrigin: 'FORBIDDEN_ORIGIN',
  GraphqlParseFailed: 'GRAPHQL_PARSE_FAILED',
  GraphqlValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  OperationResolutionFailure: 'OPERATION_RESOLUTION_FAILURE',
  QueryTooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  TooManyDirectives: 'TOO_MANY_DIRECTIVES',
  TooManyTokens: 'TOO_MANY_TOKENS',
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  // Partners' API keys (the gateway; README, «Partners»)
  /** The `Authorization: Bearer` key is unknown, revoked or expired: nothing was done, even anonymously. */
  InvalidApiKey: 'INVALID_API_KEY',
  /** A request carried both an API key and a session cookie: a key never works in a browser's cookie context. */
  ApiKeyWithSession: 'API_KEY_WITH_SESSION',
  /** The key's scopes do not open a root field the operation asks for. */
  ScopeMissing: 'SCOPE_MISSING',
  /** The key accepts registered operations only, and this one is not registered for it (or its hash is unknown). */
  OperationNotRegistered: 'OPERATION_NOT_REGISTERED',
  // Sign-in (organizations)
  InvalidCredentials: 'INVALID_CREDENTIALS',
  /** The account was blocked by its registry operator: the password was right, the door is shut. */
  AccountBlocked: 'ACCOUNT_BLOCKED',
  // Staff accounts: «Пользователи организаций» (organizations)
  InvalidEmail: 'INVALID_EMAIL',
  DuplicateEmail: 'DUPLICATE_EMAIL',
  WeakPassword: 'WEAK_PASSWORD',
  PasswordsDoNotMatch: 'PASSWORDS_DO_NOT_MATCH',
  // A citizen's own account: «Изменить логин» (organizations)
  InvalidLogin: 'INVALID_LOGIN',
  LoginTaken: 'LOGIN_TAKEN',
  // Partners' API keys: «Ключи API» (organizations)
  /** A municipal scope (`certificates:read`…) without the municipality it reads, or one outside the operator's. */
  ApiKeyMunicipalityRequired: 'API_KEY_MUNICIPALITY_REQUIRED',
  /** «Отозвать», «Заменить ключ» on a key already revoked, expired or replaced. */
  ApiKeyNotActive: 'API_KEY_NOT_ACTIVE',
  /**
   * `applications:*` without a reception organization of the key's municipality, `contracts:read` without a
   * provider, or both kinds of scope on one key (a key acts for one organization).
   */
  ApiKeyOrganizationRequired: 'API_KEY_ORGANIZATION_REQUIRED',
  /** A registered operation that is not one GraphQL operation, or is too long. */
  InvalidOperationDocument: 'INVALID_OPERATION_DOCUMENT',
  // Applications and certificates (certificates)
  DocumentRequired: 'DOCUMENT_REQUIRED',
  ApplicationExists: 'APPLICATION_EXISTS',
  DuplicateCertificate: 'DUPLICATE_CERTIFICATE',
  AgeNotEligible: 'AGE_NOT_ELIGIBLE',
  EmailNotConfirmed: 'EMAIL_NOT_CONFIRMED',
  CertificateAlreadyIssued: 'CERTIFICATE_ALREADY_ISSUED',
  GroupNotAvailable: 'GROUP_NOT_AVAILABLE',
  CertificateNotIssued: 'CERTIFICATE_NOT_ISSUED',
  ApplicationAlreadyProcessed: 'APPLICATION_ALREADY_PROCESSED',
  ActionNotAllowedInStatus: 'ACTION_NOT_ALLOWED_IN_STATUS',
  NavigatorUnavailable: 'NAVIGATOR_UNAVAILABLE',
  /** «Отозвать согласие» on a certificate the navigator still has enrollment requests, enrollments or contracts for. */
  ConsentWithdrawalBlocked: 'CONSENT_WITHDRAWAL_BLOCKED',
  /** The certificate holder's navigator cabinet could not be changed (organizations did not answer). */
  CertificateHolderUnavailable: 'CERTIFICATE_HOLDER_UNAVAILABLE',
  /** The extract cannot be e-mailed: no application of the certificate has a confirmed e-mail of the representative. */
  RepresentativeEmailMissing: 'REPRESENTATIVE_EMAIL_MISSING',
  // Certificate groups and batch jobs (certificates)
  /** «Удалить» a group that a certificate or an application still refers to. */
  GroupInUse: 'GROUP_IN_USE',
  /** «Импорт из PFDO» of a navigator setting already imported as a group. */
  GroupAlreadyImported: 'GROUP_ALREADY_IMPORTED',
  /** A mass change of group while another one of the same municipality is still running. */
  GroupChangeJobRunning: 'GROUP_CHANGE_JOB_RUNNING',
  // Document scans (certificates' upload route)
  BadUpload: 'BAD_UPLOAD',
  NoFile: 'NO_FILE',
  ScanTooLarge: 'SCAN_TOO_LARGE',
  UnsupportedScanFormat: 'UNSUPPORTED_SCAN_FORMAT',
  // The municipal regulation «Положение о ПДО» (certificates' upload route)
  RegulationNotPdf: 'REGULATION_NOT_PDF',
  RegulationTooLarge: 'REGULATION_TOO_LARGE',
  // E-mail confirmation (email)
  ConfirmationNotFound: 'CONFIRMATION_NOT_FOUND',
  ConfirmationAlreadyUsed: 'CONFIRMATION_ALREADY_USED',
  ConfirmationExpired: 'CONFIRMATION_EXPIRED',
  ConfirmationSuperseded: 'CONFIRMATION_SUPERSEDED',
  EmailAlreadyConfirmed: 'EMAIL_ALREADY_CONFIRMED',
  /** «Отписаться»: the link's token is not one this service signed (copied wrong, or forged). */
  UnsubscribeLinkInvalid: 'UNSUBSCRIBE_LINK_INVALID',
  // Enrollment requests and contracts (navigator)
  /** The registry has not handed the certificate to the navigator yet («Отправить в ПФДО»). */
  CertificateNotInNavigator: 'CERTIFICATE_NOT_IN_NAVIGATOR',
  /** The municipality has no setting for the certificate's group: no budget programs, no nominal. */
  CertificateGroupNotConfigured: 'CERTIFICATE_GROUP_NOT_CONFIGURED',
  /** A contract only on an activated certificate, not frozen (seed 002). */
  CertificateNotActivated: 'CERTIFICATE_NOT_ACTIVATED',
  /** The group has no free place left (another request may have taken the last one). */
  NoFreePlaces: 'NO_FREE_PLACES',
  /** The group's studies are over. */
  GroupClosed: 'GROUP_CLOSED',
  /** Nothing left of the certificate's balance for a certified program. */
  InsufficientBalance: 'INSUFFICIENT_BALANCE',
  /** The setting's number of budget programs of that registry is used up. */
  BudgetProgramsExhausted: 'BUDGET_PROGRAMS_EXHAUSTED',
  /** The municipality's money limit is reached: the certificate's money cannot be used. */
  MoneyLimitReached: 'MONEY_LIMIT_REACHED',
  /** The certificate already has a live request or contract in this group. */
  EnrollmentExists: 'ENROLLMENT_EXISTS',
  // The holder's protection mode and the provider's request on his behalf (navigator)
  /** «Запись запрещена»: the holder allows requests from his own cabinet only. */
  EnrollmentForbidden: 'ENROLLMENT_FORBIDDEN',
  /** «Подтверждение по ФИО»: the child's full name given does not match the certificate's. */
  ChildNameMismatch: 'CHILD_NAME_MISMATCH',
  /** «Подтверждение по кодовой фразе»: the code phrase given is wrong. */
  CodePhraseMismatch: 'CODE_PHRASE_MISMATCH',
  /** The holder changed his protection mode while the request was being checked: check again. */
  ProtectionChanged: 'PROTECTION_CHANGED',
  // Payments per contract (navigator)
  /** The month is outside the contract's term in the financial year, or has not begun. */
  PaymentMonthNotDue: 'PAYMENT_MONTH_NOT_DUE',
  /** «Расчет» before the month's «Аванс». */
  AdvanceRequired: 'ADVANCE_REQUIRED',
  /** The month's «Расчет» is recorded: its figures are final. */
  MonthAlreadySettled: 'MONTH_ALREADY_SETTLED',
  /** «Пролонгировать»: the program has no group for the period after the contract's end. */
  NoNextPeriodGroup: 'NO_NEXT_PERIOD_GROUP',
  /** «Пролонгировать»: the contract already has a live prolongation. */
  ContractAlreadyProlonged: 'CONTRACT_ALREADY_PROLONGED',
  // «Оценить программу» (navigator)
  /** The contract has not ended yet: a program is rated from the day its contract ends. */
  RatingNotOpen: 'RATING_NOT_OPEN',
  /** More than a month has passed since the contract ended: its rating is read-only. */
  RatingPeriodOver: 'RATING_PERIOD_OVER',
  // Merged cabinets, НОКО (organizations, navigator; issue 15 part D)
  /** «Объединить»: not a certificate's cabinet, the caller's own, or linked already. */
  CabinetNotLinkable: 'CABINET_NOT_LINKABLE',
  /** A switch to (or an unlinking of) a cabinet that is not linked to the caller's. */
  CabinetNotLinked: 'CABINET_NOT_LINKED',
  /** «НОКО» is switched off in this region: the section and its survey do not exist. */
  NokoDisabled: 'NOKO_DISABLED',
  /** The certificate has answered this year's НОКО survey already (once per certificate per year). */
  NokoAlreadyAnswered: 'NOKO_ALREADY_ANSWERED',
  // «МЕРОПРИЯТИЯ» and «ПОРТФОЛИО» (navigator)
  /** «Подать заявку на участие»: the certificate already has a request for this event. */
  EventParticipationExists: 'EVENT_PARTICIPATION_EXISTS',
  /** The event has begun or is over: requests are no longer taken or cancelled. */
  EventStarted: 'EVENT_STARTED',
  /** A portfolio file over the size limit. */
  PortfolioFileTooLarge: 'PORTFOLIO_FILE_TOO_LARGE',
  /** A portfolio file that is not a PDF, JPEG or PNG by its content. */
  UnsupportedPortfolioFileFormat: 'UNSUPPORTED_PORTFOLIO_FILE_FORMAT',
  // «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» of the certificate holder (navigator)
  /** The nearby programs use the convenient address only with consent to the current rules of ПД processing. */
  PersonalDataConsentRequired: 'PERSONAL_DATA_CONSENT_REQUIRED',
  /** The consent names an edition of the rules that is no longer the current one: read them again. */
  PersonalDataRulesOutdated: 'PERSONAL_DATA_RULES_OUTDATED',
  /** No convenient address with a point: nothing to measure the distance from. */
  ConvenientAddressMissing: 'CONVENIENT_ADDRESS_MISSING',
  /** «Справка о посещении кружков» with no current enrollment. */
  NoCurrentEnrollments: 'NO_CURRENT_ENROLLMENTS',
  // Events between services (`/internal/events`)
  UnknownTopic: 'UNKNOWN_TOPIC',
  InvalidEventPayload: 'INVALID_EVENT_PAYLOAD',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every code, in the order of the list above. */
export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The codes as a GraphQL enum. Every subgraph adds it to its SDL (identical in each, as composition wants a
 * value type), so that it reaches the supergraph, the API schema and the web's generated types.
 */
export const ERROR_CODE_SDL = `"""
The stable \`extensions.code\` of an error. Its message is Russian, for people; the code is for programs.
"""
enum ErrorCode {
${ERROR_CODES.map((code) => `  ${code}`).join('\n')}
}`;

/** The body of a refusal on a plain HTTP route, as every service answers it. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; [detail: string]: unknown };
}
