import { registerEnumType } from 'type-graphql';
import { domainError, ErrorCode } from '@pfdo/platform';
import { ApplicationStatus } from './application-status';

/**
 * The application's status machine (DOMAIN.md §4): which actions are allowed in each status and what
 * comes next. Services and screens ask this module; they never decide it themselves.
 */
export enum ApplicationAction {
  CONFIRM_EMAIL = 'CONFIRM_EMAIL',
  RECEIVE_DOCUMENTS = 'RECEIVE_DOCUMENTS',
  CONFIRM_PERSONAL_DATA = 'CONFIRM_PERSONAL_DATA',
  REFUSE = 'REFUSE',
  EDIT = 'EDIT',
}

registerEnumType(ApplicationAction, {
  name: 'ApplicationAction',
  valuesConfig: {
    CONFIRM_EMAIL: { description: 'Подтвердить электронную почту (по ссылке из письма)' },
    RECEIVE_DOCUMENTS: { description: '«Документы получены»' },
    CONFIRM_PERSONAL_DATA: { description: '«Подтвердить персональные данные»' },
    REFUSE: { description: '«Отказать»' },
    EDIT: { description: '«Редактировать» (до подтверждения)' },
  },
});

const { EMAIL_UNCONFIRMED, SUBMITTED, DOCUMENTS_RECEIVED, CONFIRMED, REFUSED } = ApplicationStatus;

/** `to: null`: the action leaves the status as it is. */
const TRANSITIONS: Record<ApplicationAction, { from: readonly ApplicationStatus[]; to: ApplicationStatus | null }> = {
  [ApplicationAction.CONFIRM_EMAIL]: { from: [EMAIL_UNCONFIRMED], to: SUBMITTED },
  [ApplicationAction.RECEIVE_DOCUMENTS]: { from: [SUBMITTED], to: DOCUMENTS_RECEIVED },
  [ApplicationAction.CONFIRM_PERSONAL_DATA]: { from: [SUBMITTED, DOCUMENTS_RECEIVED], to: CONFIRMED },
  [ApplicationAction.REFUSE]: { from: [EMAIL_UNCONFIRMED, SUBMITTED, DOCUMENTS_RECEIVED], to: REFUSED },
  [ApplicationAction.EDIT]: { from: [SUBMITTED, DOCUMENTS_RECEIVED], to: null },
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

export function allowedActions(status: ApplicationStatus): ApplicationAction[] {
  return Object.values(ApplicationAction).filter((action) => TRANSITIONS[action].from.includes(status));
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
