/** Права ключа API */
export const ApiKeyScope = {
  /** applications:read — заявки (система организации по приёму заявлений) */
  ApplicationsRead: 'APPLICATIONS_READ',
  /** applications:write — создание заявок (система организации по приёму) */
  ApplicationsWrite: 'APPLICATIONS_WRITE',
  /** catalogue:read — каталог программ, поставщиков, муниципалитетов */
  CatalogueRead: 'CATALOGUE_READ',
  /** certificates:read — сертификаты одного муниципалитета */
  CertificatesRead: 'CERTIFICATES_READ',
  /** contracts:read — договоры (учётная система поставщика) */
  ContractsRead: 'CONTRACTS_READ'
} as const;

export type ApiKeyScope = typeof ApiKeyScope[keyof typeof ApiKeyScope];
/** Состояние ключа API */
export const ApiKeyStatus = {
  /** Действует */
  Active: 'ACTIVE',
  /** Срок действия истёк */
  Expired: 'EXPIRED',
  /** Заменён: действует до конца периода замены */
  Replaced: 'REPLACED',
  /** Отозван */
  Revoked: 'REVOKED'
} as const;

export type ApiKeyStatus = typeof ApiKeyStatus[keyof typeof ApiKeyStatus];
export const ApplicationAction = {
  /** Подтвердить электронную почту (по ссылке из письма) */
  ConfirmEmail: 'CONFIRM_EMAIL',
  /** «Подтвердить персональные данные» */
  ConfirmPersonalData: 'CONFIRM_PERSONAL_DATA',
  /** «Редактировать» (до подтверждения) */
  Edit: 'EDIT',
  /** «Получить сертификат» (заявитель в личном кабинете) */
  IssueCertificate: 'ISSUE_CERTIFICATE',
  /** «Документы получены» */
  ReceiveDocuments: 'RECEIVE_DOCUMENTS',
  /** «Отказать» */
  Refuse: 'REFUSE',
  /** «Отправить в ПФДО» (когда по заявке есть сертификат) */
  SendToNavigator: 'SEND_TO_NAVIGATOR'
} as const;

export type ApplicationAction = typeof ApplicationAction[keyof typeof ApplicationAction];
export const ApplicationDirection = {
  /** «Получение» */
  Incoming: 'INCOMING',
  /** «Исходящий»: сертификат переходит в другой муниципалитет */
  Outgoing: 'OUTGOING'
} as const;

export type ApplicationDirection = typeof ApplicationDirection[keyof typeof ApplicationDirection];
export const ApplicationKind = {
  /** Изменить группу сертификата */
  ChangeGroup: 'CHANGE_GROUP',
  /** Внести изменения в связи со сменой муниципалитета проживания */
  ChangeMunicipality: 'CHANGE_MUNICIPALITY',
  /** Внести уточнения в персональные данные */
  ClarifyPersonalData: 'CLARIFY_PERSONAL_DATA',
  /** Получить сертификат */
  NewCertificate: 'NEW_CERTIFICATE'
} as const;

export type ApplicationKind = typeof ApplicationKind[keyof typeof ApplicationKind];
/** Вкладки реестра заявок */
export const ApplicationRegisterTab = {
  /** «Все» */
  All: 'ALL',
  /** «Редактирование»: заявки на изменение (смена муниципалитета, уточнение данных, смена группы) */
  Editing: 'EDITING',
  /** «Новые»: заявка не подтверждена и документы ещё не получены */
  New: 'NEW',
  /** «Новый сертификат»: заявки на получение сертификата */
  NewCertificate: 'NEW_CERTIFICATE',
  /** «Все неподтвержденные»: почта не подтверждена, заявка не подтверждена или документы получены */
  Unconfirmed: 'UNCONFIRMED'
} as const;

export type ApplicationRegisterTab = typeof ApplicationRegisterTab[keyof typeof ApplicationRegisterTab];
export const ApplicationStatus = {
  /** Персональные данные подтверждены, сертификат активирован */
  Confirmed: 'CONFIRMED',
  /** Документы получены */
  DocumentsReceived: 'DOCUMENTS_RECEIVED',
  /** Электронная почта не подтверждена (только заявки через личный кабинет граждан) */
  EmailUnconfirmed: 'EMAIL_UNCONFIRMED',
  /** Отказано */
  Refused: 'REFUSED',
  /** Заявка не подтверждена */
  Submitted: 'SUBMITTED'
} as const;

export type ApplicationStatus = typeof ApplicationStatus[keyof typeof ApplicationStatus];
export const CertificateAction = {
  /** «Заморозить» */
  Freeze: 'FREEZE',
  /** «Сформировать новую выписку/Изменить пароль» */
  NewExtract: 'NEW_EXTRACT',
  /** «Отозвать согласие» */
  WithdrawConsent: 'WITHDRAW_CONSENT'
} as const;

export type CertificateAction = typeof CertificateAction[keyof typeof CertificateAction];
/** Вкладки реестра сертификатов */
export const CertificateRegisterTab = {
  /** «Сертификаты учета»: активированные сертификаты учета */
  Accounting: 'ACCOUNTING',
  /** «Замороженные сертификаты» */
  Frozen: 'FROZEN',
  /** «Сертификаты ПФ»: активированные сертификаты персонифицированного финансирования */
  Funded: 'FUNDED'
} as const;

export type CertificateRegisterTab = typeof CertificateRegisterTab[keyof typeof CertificateRegisterTab];
export const CertificateStatus = {
  /** Активирован */
  Activated: 'ACTIVATED',
  /** Аннулирован: по заявке отказано до активации */
  Annulled: 'ANNULLED',
  /** Согласие отозвано */
  ConsentWithdrawn: 'CONSENT_WITHDRAWN',
  /** Заморожен */
  Frozen: 'FROZEN',
  /** Не активирован */
  NotActivated: 'NOT_ACTIVATED'
} as const;

export type CertificateStatus = typeof CertificateStatus[keyof typeof CertificateStatus];
/** «Статус сертификата»: сертификат ПФ или сертификат учета */
export const CertificateType = {
  /** «Сертификат учета» */
  Accounting: 'ACCOUNTING',
  /** «Сертификат ПФ»: персонифицированного финансирования */
  Funded: 'FUNDED'
} as const;

export type CertificateType = typeof CertificateType[keyof typeof CertificateType];
export const ContractAction = {
  /** «Принять» пролонгацию (владелец сертификата) раньше, чем она будет принята сама */
  Accept: 'ACCEPT',
  /** «Отменить заявку» (владелец сертификата) */
  Cancel: 'CANCEL',
  /** «Подтвердить» (организация) */
  Confirm: 'CONFIRM',
  /** «Пролонгировать» договор на следующий период (организация) */
  Prolong: 'PROLONG',
  /** «Отказать» с причиной (организация) */
  Refuse: 'REFUSE'
} as const;

export type ContractAction = typeof ContractAction[keyof typeof ContractAction];
export const ContractStatus = {
  /** Договор действует */
  Active: 'ACTIVE',
  /** Заявка отменена владельцем сертификата */
  Cancelled: 'CANCELLED',
  /** Заявка подтверждена, договор заключён */
  Confirmed: 'CONFIRMED',
  /** Договор завершил действие */
  Ended: 'ENDED',
  /** Заявка ожидает подтверждения организацией */
  Pending: 'PENDING',
  /** Организация отказала (причина указана) */
  Refused: 'REFUSED',
  /** Договор расторгнут */
  Terminated: 'TERMINATED'
} as const;

export type ContractStatus = typeof ContractStatus[keyof typeof ContractStatus];
export const ContractTab = {
  /** «Действующие» */
  Active: 'ACTIVE',
  /** «Архив» */
  Archive: 'ARCHIVE',
  /** «Подтвержденные заявки» */
  Confirmed: 'CONFIRMED',
  /** «Ожидающие подтверждения» */
  Pending: 'PENDING'
} as const;

export type ContractTab = typeof ContractTab[keyof typeof ContractTab];
/** Тип документа, удостоверяющего личность ребёнка */
export const DocumentType = {
  /** Свидетельство о рождении */
  BirthCertificate: 'BIRTH_CERTIFICATE',
  /** Иной документ */
  Other: 'OTHER',
  /** Паспорт гражданина РФ (с 14 лет) */
  Passport: 'PASSPORT'
} as const;

export type DocumentType = typeof DocumentType[keyof typeof DocumentType];
export const EmailConfirmationStatus = {
  /** Адрес подтверждён */
  Confirmed: 'CONFIRMED',
  /** Срок действия ссылки истёк */
  Expired: 'EXPIRED',
  /** Письмо отправлено, ссылка ещё не открыта */
  Pending: 'PENDING',
  /** Отправлено новое письмо; эта ссылка больше не действует */
  Superseded: 'SUPERSEDED'
} as const;

export type EmailConfirmationStatus = typeof EmailConfirmationStatus[keyof typeof EmailConfirmationStatus];
/** The stable `extensions.code` of an error. Its message is Russian, for people; the code is for programs. */
export const ErrorCode = {
  AccountBlocked: 'ACCOUNT_BLOCKED',
  ActionNotAllowedInStatus: 'ACTION_NOT_ALLOWED_IN_STATUS',
  AdvanceRequired: 'ADVANCE_REQUIRED',
  AgeNotEligible: 'AGE_NOT_ELIGIBLE',
  ApiKeyMunicipalityRequired: 'API_KEY_MUNICIPALITY_REQUIRED',
  ApiKeyNotActive: 'API_KEY_NOT_ACTIVE',
  ApiKeyOrganizationRequired: 'API_KEY_ORGANIZATION_REQUIRED',
  ApiKeyWithSession: 'API_KEY_WITH_SESSION',
  ApplicationAlreadyProcessed: 'APPLICATION_ALREADY_PROCESSED',
  ApplicationExists: 'APPLICATION_EXISTS',
  BadRequest: 'BAD_REQUEST',
  BadUpload: 'BAD_UPLOAD',
  BadUserInput: 'BAD_USER_INPUT',
  BudgetProgramsExhausted: 'BUDGET_PROGRAMS_EXHAUSTED',
  CabinetNotLinkable: 'CABINET_NOT_LINKABLE',
  CabinetNotLinked: 'CABINET_NOT_LINKED',
  CertificateAlreadyIssued: 'CERTIFICATE_ALREADY_ISSUED',
  CertificateGroupNotConfigured: 'CERTIFICATE_GROUP_NOT_CONFIGURED',
  CertificateHolderUnavailable: 'CERTIFICATE_HOLDER_UNAVAILABLE',
  CertificateNotActivated: 'CERTIFICATE_NOT_ACTIVATED',
  CertificateNotInNavigator: 'CERTIFICATE_NOT_IN_NAVIGATOR',
  CertificateNotIssued: 'CERTIFICATE_NOT_ISSUED',
  ChildNameMismatch: 'CHILD_NAME_MISMATCH',
  CodePhraseMismatch: 'CODE_PHRASE_MISMATCH',
  ConfirmationAlreadyUsed: 'CONFIRMATION_ALREADY_USED',
  ConfirmationExpired: 'CONFIRMATION_EXPIRED',
  ConfirmationNotFound: 'CONFIRMATION_NOT_FOUND',
  ConfirmationSuperseded: 'CONFIRMATION_SUPERSEDED',
  ConsentWithdrawalBlocked: 'CONSENT_WITHDRAWAL_BLOCKED',
  ContractAlreadyProlonged: 'CONTRACT_ALREADY_PROLONGED',
  ConvenientAddressMissing: 'CONVENIENT_ADDRESS_MISSING',
  DocumentRequired: 'DOCUMENT_REQUIRED',
  DuplicateCertificate: 'DUPLICATE_CERTIFICATE',
  DuplicateEmail: 'DUPLICATE_EMAIL',
  EmailAlreadyConfirmed: 'EMAIL_ALREADY_CONFIRMED',
  EmailNotConfirmed: 'EMAIL_NOT_CONFIRMED',
  EnrollmentExists: 'ENROLLMENT_EXISTS',
  EnrollmentForbidden: 'ENROLLMENT_FORBIDDEN',
  EventParticipationExists: 'EVENT_PARTICIPATION_EXISTS',
  EventStarted: 'EVENT_STARTED',
  Forbidden: 'FORBIDDEN',
  ForbiddenOrigin: 'FORBIDDEN_ORIGIN',
  GraphqlParseFailed: 'GRAPHQL_PARSE_FAILED',
  GraphqlValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  GroupAlreadyImported: 'GROUP_ALREADY_IMPORTED',
  GroupChangeJobRunning: 'GROUP_CHANGE_JOB_RUNNING',
  GroupClosed: 'GROUP_CLOSED',
  GroupInUse: 'GROUP_IN_USE',
  GroupNotAvailable: 'GROUP_NOT_AVAILABLE',
  InsufficientBalance: 'INSUFFICIENT_BALANCE',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
  InvalidApiKey: 'INVALID_API_KEY',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidEventPayload: 'INVALID_EVENT_PAYLOAD',
  InvalidLogin: 'INVALID_LOGIN',
  InvalidOperationDocument: 'INVALID_OPERATION_DOCUMENT',
  LoginTaken: 'LOGIN_TAKEN',
  MalformedJson: 'MALFORMED_JSON',
  MoneyLimitReached: 'MONEY_LIMIT_REACHED',
  MonthAlreadySettled: 'MONTH_ALREADY_SETTLED',
  NavigatorUnavailable: 'NAVIGATOR_UNAVAILABLE',
  NokoAlreadyAnswered: 'NOKO_ALREADY_ANSWERED',
  NokoDisabled: 'NOKO_DISABLED',
  NotFound: 'NOT_FOUND',
  NoCurrentEnrollments: 'NO_CURRENT_ENROLLMENTS',
  NoFile: 'NO_FILE',
  NoFreePlaces: 'NO_FREE_PLACES',
  NoNextPeriodGroup: 'NO_NEXT_PERIOD_GROUP',
  OperationNotRegistered: 'OPERATION_NOT_REGISTERED',
  OperationResolutionFailure: 'OPERATION_RESOLUTION_FAILURE',
  PasswordsDoNotMatch: 'PASSWORDS_DO_NOT_MATCH',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  PaymentMonthNotDue: 'PAYMENT_MONTH_NOT_DUE',
  PersonalDataConsentRequired: 'PERSONAL_DATA_CONSENT_REQUIRED',
  PersonalDataRulesOutdated: 'PERSONAL_DATA_RULES_OUTDATED',
  PortfolioFileTooLarge: 'PORTFOLIO_FILE_TOO_LARGE',
  ProtectionChanged: 'PROTECTION_CHANGED',
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  QueryTooDeep: 'QUERY_TOO_DEEP',
  RateLimited: 'RATE_LIMITED',
  RatingNotOpen: 'RATING_NOT_OPEN',
  RatingPeriodOver: 'RATING_PERIOD_OVER',
  RegulationNotPdf: 'REGULATION_NOT_PDF',
  RegulationTooLarge: 'REGULATION_TOO_LARGE',
  RepresentativeEmailMissing: 'REPRESENTATIVE_EMAIL_MISSING',
  ScanTooLarge: 'SCAN_TOO_LARGE',
  ScopeMissing: 'SCOPE_MISSING',
  ServiceBusy: 'SERVICE_BUSY',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  SubgraphUnavailable: 'SUBGRAPH_UNAVAILABLE',
  TooManyAliases: 'TOO_MANY_ALIASES',
  TooManyDirectives: 'TOO_MANY_DIRECTIVES',
  TooManyTokens: 'TOO_MANY_TOKENS',
  Unauthenticated: 'UNAUTHENTICATED',
  UnknownTopic: 'UNKNOWN_TOPIC',
  UnsubscribeLinkInvalid: 'UNSUBSCRIBE_LINK_INVALID',
  UnsupportedPortfolioFileFormat: 'UNSUPPORTED_PORTFOLIO_FILE_FORMAT',
  UnsupportedScanFormat: 'UNSUPPORTED_SCAN_FORMAT',
  WeakPassword: 'WEAK_PASSWORD'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
/** Форма обучения */
export const FormOfStudy = {
  /** Дистанционная */
  Distance: 'DISTANCE',
  /** Заочная */
  Extramural: 'EXTRAMURAL',
  /** Очная */
  FullTime: 'FULL_TIME',
  /** Очно-заочная */
  PartTime: 'PART_TIME'
} as const;

export type FormOfStudy = typeof FormOfStudy[keyof typeof FormOfStudy];
export const GroupChangeJobStatus = {
  /** Завершена */
  Done: 'DONE',
  /** Выполняется */
  Running: 'RUNNING'
} as const;

export type GroupChangeJobStatus = typeof GroupChangeJobStatus[keyof typeof GroupChangeJobStatus];
/** Раздел помощи за знаком «?» */
export const HelpKind = {
  /** «Часто задаваемые вопросы» */
  Faq: 'FAQ',
  /** «Инструкции» */
  Instruction: 'INSTRUCTION',
  /** «Видеоуроки» */
  Video: 'VIDEO'
} as const;

export type HelpKind = typeof HelpKind[keyof typeof HelpKind];
export const MapMarkerKind = {
  /** Организация */
  Organization: 'ORGANIZATION',
  /** Место реализации программ */
  PlaceOfStudy: 'PLACE_OF_STUDY'
} as const;

export type MapMarkerKind = typeof MapMarkerKind[keyof typeof MapMarkerKind];
export const NewsAuthorKind = {
  /** Уполномоченный орган муниципалитета */
  Municipality: 'MUNICIPALITY',
  /** Образовательная организация */
  Provider: 'PROVIDER',
  /** Региональный оператор */
  Region: 'REGION'
} as const;

export type NewsAuthorKind = typeof NewsAuthorKind[keyof typeof NewsAuthorKind];
/** Вид организации */
export const OrganizationKind = {
  /** Поставщик образовательных услуг */
  Provider: 'PROVIDER',
  /** Организация по приёму заявлений (школа, детский сад, ДЮЦ) */
  Reception: 'RECEPTION',
  /** Уполномоченная организация, ведущая реестр сертификатов */
  Registry: 'REGISTRY'
} as const;

export type OrganizationKind = typeof OrganizationKind[keyof typeof OrganizationKind];
/** Какие персональные данные были показаны */
export const PersonalDataPart = {
  /** Электронная почта заявителя */
  ApplicantEmail: 'APPLICANT_EMAIL',
  /** ФИО заявителя */
  ApplicantName: 'APPLICANT_NAME',
  /** Заявление целиком (PDF) */
  ApplicationForm: 'APPLICATION_FORM',
  /** Дата рождения ребёнка */
  ChildBirthDate: 'CHILD_BIRTH_DATE',
  /** ФИО ребёнка */
  ChildName: 'CHILD_NAME',
  /** Дата выдачи и кем выдан документ */
  DocumentIssue: 'DOCUMENT_ISSUE',
  /** Серия и номер документа ребёнка */
  DocumentSeriesNumber: 'DOCUMENT_SERIES_NUMBER'
} as const;

export type PersonalDataPart = typeof PersonalDataPart[keyof typeof PersonalDataPart];
export const PortfolioKind = {
  /** Участие */
  Participation: 'PARTICIPATION',
  /** Призёр */
  Prize: 'PRIZE',
  /** Победа */
  Win: 'WIN'
} as const;

export type PortfolioKind = typeof PortfolioKind[keyof typeof PortfolioKind];
export const ProgramRegistry = {
  /** Реестр сертифицированных программ */
  Certified: 'CERTIFIED',
  /** Реестр общеразвивающих программ */
  General: 'GENERAL',
  /** Реестр платных программ */
  Paid: 'PAID',
  /** Реестр социально значимых программ */
  Significant: 'SIGNIFICANT'
} as const;

export type ProgramRegistry = typeof ProgramRegistry[keyof typeof ProgramRegistry];
/** Способ защиты сертификата: подтверждение присутствия при подаче заявки по инициативе организации */
export const ProtectionMode = {
  /** «Подтверждение по кодовой фразе»: только в присутствии владельца */
  CodePhrase: 'CODE_PHRASE',
  /** «Запись запрещена»: заявки только из личного кабинета сертификата */
  EnrollmentForbidden: 'ENROLLMENT_FORBIDDEN',
  /** «Подтверждение по ФИО»: номер сертификата и ФИО ребёнка */
  FullName: 'FULL_NAME',
  /** Не выбран: организации достаточно номера сертификата и ФИО ребёнка */
  None: 'NONE'
} as const;

export type ProtectionMode = typeof ProtectionMode[keyof typeof ProtectionMode];
export const RegistryAction = {
  /** «Пакетные обработки»: массовая смена группы сертификатов */
  ChangeGroupsInBulk: 'CHANGE_GROUPS_IN_BULK',
  /** «Создать заявку» */
  CreateApplication: 'CREATE_APPLICATION',
  /** «Группы сертификатов»: импорт из PFDO, описание, блокировка, удаление */
  ManageCertificateGroups: 'MANAGE_CERTIFICATE_GROUPS',
  /** «Мои параметры»: реквизиты своей организации и Положение о ПДО муниципалитета */
  ManageSettings: 'MANAGE_SETTINGS',
  /** «Сертификаты»: реестр сертификатов и страница сертификата */
  ReadCertificateRegister: 'READ_CERTIFICATE_REGISTER',
  /** «Отчеты» */
  ReadReports: 'READ_REPORTS',
  /** «Отправить в ПФДО»: сертификаты, не дошедшие до навигатора (региональный оператор) */
  ResendToNavigator: 'RESEND_TO_NAVIGATOR',
  /** Поиск заявок по серии и номеру документа ребёнка */
  SearchByDocument: 'SEARCH_BY_DOCUMENT'
} as const;

export type RegistryAction = typeof RegistryAction[keyof typeof RegistryAction];
/** Роль пользователя */
export const Role = {
  /** Личный кабинет сертификата в навигаторе */
  CertificateHolder: 'CERTIFICATE_HOLDER',
  /** Гражданин: родитель (законный представитель) или ребёнок старше 14 лет */
  Citizen: 'CITIZEN',
  /** Оператор реестра сертификатов муниципалитета */
  MunicipalOperator: 'MUNICIPAL_OPERATOR',
  /** Сотрудник организации по приёму заявлений */
  OrgOperator: 'ORG_OPERATOR',
  /** Внешняя система партнёра */
  Partner: 'PARTNER',
  /** Поставщик образовательных услуг */
  Provider: 'PROVIDER',
  /** Региональный оператор */
  RegionalOperator: 'REGIONAL_OPERATOR'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const ScheduleView = {
  /** Календарный месяц */
  Month: 'MONTH',
  /** Неделя, с понедельника */
  Week: 'WEEK'
} as const;

export type ScheduleView = typeof ScheduleView[keyof typeof ScheduleView];
/** Письмо заявителю о шаге заявки или сертификата */
export const StatusMailKind = {
  /** Отказ по заявке */
  ApplicationRefused: 'APPLICATION_REFUSED',
  /** Сертификат активирован */
  CertificateActivated: 'CERTIFICATE_ACTIVATED',
  /** Сертификат заморожен */
  CertificateFrozen: 'CERTIFICATE_FROZEN',
  /** Документы получены */
  DocumentsReceived: 'DOCUMENTS_RECEIVED',
  /** Сформирована новая выписка */
  ExtractIssued: 'EXTRACT_ISSUED',
  /** Группа сертификата изменена */
  GroupChanged: 'GROUP_CHANGED',
  /** Смена муниципалитета внесена */
  MunicipalityChanged: 'MUNICIPALITY_CHANGED',
  /** Уточнения персональных данных внесены */
  PersonalDataClarified: 'PERSONAL_DATA_CLARIFIED'
} as const;

export type StatusMailKind = typeof StatusMailKind[keyof typeof StatusMailKind];
/** Тема личного кабинета («Темная тема») */
export const Theme = {
  /** Тёмная */
  Dark: 'DARK',
  /** Светлая */
  Light: 'LIGHT'
} as const;

export type Theme = typeof Theme[keyof typeof Theme];