import { registerEnumType } from 'type-graphql';
import { domainError, ErrorCode } from '@pfdo/platform';
import { ApplicationStatus } from './application-status';

/**
 * The application's status machine (docs/domain.md §4): which actions are allowed in each status and what
 * comes next. Services ask this module; who may take an action is in `permissions.ts`, and screens show
 * what `Application.allowedActions` lists, the two combined.
 */
export enum ApplicationAction {
  CONFIRM_EMAIL = 'CONFIRM_EMAIL',
  ISSUE_CERTIFICATE = 'ISSUE_CERTIFICATE',
  RECEIVE_DOCUMENTS = 'RECEIVE_DOCUMENTS',
  CONFIRM_PERSONAL_DATA = 'CONFIRM_PERSONAL_DATA',
  REFUSE = 'REFUSE',
  EDIT = 'EDIT',
  SEND_TO_NAVIGATOR = 'SEND_TO_NAVIGATOR',
}

registerEnumType(ApplicationAction, {
  name: 'ApplicationAction',
  valuesConfig: {
    CONFIRM_EMAIL: { description: 'Подтвердить электронную почту (по ссылке из письма)' },
    ISSUE_CERTIFICATE: { description: '«Получить сертификат» (заявитель в личном кабинете)' },
    RECEIVE_DOCUMENTS: { description: '«Документы получены»' },
    CONFIRM_PERSONAL_DATA: { description: '«Подтвердить персональные данные»' },
    REFUSE: { description: '«Отказать»' },
    EDIT: { description: '«Редактировать» (до подтверждения)' },
    SEND_TO_NAVIGATOR: { description: '«Отправить в ПФДО» (когда по заявке есть сертификат)' },
  },
});

/** What a caller may do in the registry whatever the application: its menu and search form. */
export enum RegistryAction {
  CREATE_APPLICATION = 'CREATE_APPLICATION',
  SEARCH_BY_DOCUMENT = 'SEARCH_BY_DOCUMENT',
  MANAGE_CERTIFICATE_GROUPS = 'MANAGE_CERTIFICATE_GROUPS',
  CHANGE_GROUPS_IN_BULK = 'CHANGE_GROUPS_IN_BULK',
  MANAGE_SETTINGS = 'MANAGE_SETTINGS',
  READ_REPORTS = 'READ_REPORTS',
  READ_CERTIFICATE_REGISTER = 'READ_CERTIFICATE_REGISTER',
  RESEND_TO_NAVIGATOR = 'RESEND_TO_NAVIGATOR',
}

registerEnumType(RegistryAction, {
  name: 'RegistryAction',
  valuesConfig: {
    CREATE_APPLICATION: { description: '«Создать заявку»' },
    SEARCH_BY_DOCUMENT: { description: 'Поиск заявок по серии и номеру документа ребёнка' },
    MANAGE_CERTIFICATE_GROUPS: { description: '«Группы сертификатов»: импорт из PFDO, описание, блокировка, удаление' },
    CHANGE_GROUPS_IN_BULK: { description: '«Пакетные обработки»: массовая смена группы сертификатов' },
    MANAGE_SETTINGS: { description: '«Мои параметры»: реквизиты своей организации и Положение о ПДО муниципалитета' },
    READ_REPORTS: { description: '«Отчеты»' },
    READ_CERTIFICATE_REGISTER: { description: '«Сертификаты»: реестр сертификатов и страница сертификата' },
    RESEND_TO_NAVIGATOR: {
      description: '«Отправить в ПФДО»: сертификаты, не дошедшие до навигатора (региональный оператор)',
    },
  },
});

const { EMAIL_UNCONFIRMED, SUBMITTED, DOCUMENTS_RECEIVED, CONFIRMED, REFUSED } = ApplicationStatus;

/** `to: null`: the action leaves the status as it is. */
const TRANSITIONS: Record<ApplicationAction, { from: readonly ApplicationStatus[]; to: ApplicationStatus | null }> = {
  [ApplicationAction.CONFIRM_EMAIL]: { from: [EMAIL_UNCONFIRMED], to: SUBMITTED },
  [ApplicationAction.ISSUE_CERTIFICATE]: { from: [SUBMITTED, DOCUMENTS_RECEIVED, CONFIRMED], to: null },
  [ApplicationAction.RECEIVE_DOCUMENTS]: { from: [SUBMITTED], to: DOCUMENTS_RECEIVED },
  [ApplicationAction.CONFIRM_PERSONAL_DATA]: { from: [SUBMITTED, DOCUMENTS_RECEIVED], to: CONFIRMED },
  [ApplicationAction.REFUSE]: { from: [EMAIL_UNCONFIRMED, SUBMITTED, DOCUMENTS_RECEIVED], to: REFUSED },
  [ApplicationAction.EDIT]: { from: [SUBMITTED, DOCUMENTS_RECEIVED], to: null },
  // Seed 001: the certificate of any application that has one, when the navigator does not show it.
  [ApplicationAction.SEND_TO_NAVIGATOR]: {
    from: [EMAIL_UNCONFIRMED, SUBMITTED, DOCUMENTS_RECEIVED, CONFIRMED, REFUSED],
    to: null,
  },
};

/** Statuses after which nothing more happens to an application. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = [CONFIRMED, REFUSED];

export const STATUS_NAMES: Record<ApplicationStatus, string> = {
  EMAIL_UNCONFIRMED: 'Электронная почта не подтверждена',
  SUBMITTED: 'Заявка не подтверждена',
  DOCUMENTS_RECEIVED: 'Документы получены',
  CONFIRMED: 'Персональные данные подтверждены',
  REFUSED: 'Отказано',
};

export const ApplicationStateErrorCode = {
  AlreadyProcessed: ErrorCode.ApplicationAlreadyProcessed,
  NotAllowed: ErrorCode.ActionNotAllowedInStatus,
} as const;

/** The status lets the action happen (who may take it is `allowed-actions.ts`'s `allowedActionsFor`). */
export function statusAllows(status: ApplicationStatus, action: ApplicationAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export function actionsAllowedInStatus(status: ApplicationStatus): ApplicationAction[] {
  return Object.values(ApplicationAction).filter((action) => statusAllows(status, action));
}

/** The status after `action`, or a refusal with a stable code when the action is not allowed now. */
export function nextStatus(status: ApplicationStatus, action: ApplicationAction): ApplicationStatus {
  if (TRANSITIONS[action].from.includes(status)) return TRANSITIONS[action].to ?? status;
  if (FINAL_STATUSES.includes(status)) {
    throw domainError(
      ApplicationStateErrorCode.AlreadyProcessed,
      `Заявка уже обработана: ${STATUS_NAMES[status].toLowerCase()}`,
      {
        status,
      },
    );
  }
  throw domainError(
    ApplicationStateErrorCode.NotAllowed,
    `Это действие недоступно для заявки в статусе «${STATUS_NAMES[status]}»`,
    { status, action },
  );
}
