import { registerEnumType } from 'type-graphql';
import { domainError, ErrorCode } from '@pfdo/platform';

/**
 * An enrollment request and the contract it becomes (docs/domain.md §4), in one status machine: which actions are
 * allowed in each status, what comes next, and the «ДОГОВОРЫ» tab each status is listed under. Services and
 * screens ask this module; who may take an action is in `permissions.ts` and the service's ownership check.
 */
export enum ContractStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  ACTIVE = 'ACTIVE',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
  ENDED = 'ENDED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  valuesConfig: {
    PENDING: { description: 'Заявка ожидает подтверждения организацией' },
    CONFIRMED: { description: 'Заявка подтверждена, договор заключён' },
    ACTIVE: { description: 'Договор действует' },
    REFUSED: { description: 'Организация отказала (причина указана)' },
    CANCELLED: { description: 'Заявка отменена владельцем сертификата' },
    ENDED: { description: 'Договор завершил действие' },
    TERMINATED: { description: 'Договор расторгнут' },
  },
});

export enum ContractAction {
  CONFIRM = 'CONFIRM',
  REFUSE = 'REFUSE',
  CANCEL = 'CANCEL',
}

registerEnumType(ContractAction, {
  name: 'ContractAction',
  valuesConfig: {
    CONFIRM: { description: '«Подтвердить» (организация)' },
    REFUSE: { description: '«Отказать» с причиной (организация)' },
    CANCEL: { description: '«Отменить заявку» (владелец сертификата)' },
  },
});

/** The tabs of «ДОГОВОРЫ» (seed 002). */
export enum ContractTab {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  ACTIVE = 'ACTIVE',
  ARCHIVE = 'ARCHIVE',
}

registerEnumType(ContractTab, {
  name: 'ContractTab',
  valuesConfig: {
    PENDING: { description: '«Ожидающие подтверждения»' },
    CONFIRMED: { description: '«Подтвержденные заявки»' },
    ACTIVE: { description: '«Действующие»' },
    ARCHIVE: { description: '«Архив»' },
  },
});

const { PENDING, CONFIRMED, ACTIVE, REFUSED, CANCELLED, ENDED, TERMINATED } = ContractStatus;

const TRANSITIONS: Record<ContractAction, { from: readonly ContractStatus[]; to: ContractStatus }> = {
  [ContractAction.CONFIRM]: { from: [PENDING], to: CONFIRMED },
  [ContractAction.REFUSE]: { from: [PENDING], to: REFUSED },
  // Seed 002: «Для отказа от обучения … зайти в карточку договора и нажать кнопку "Отменить заявку"».
  [ContractAction.CANCEL]: { from: [PENDING, CONFIRMED], to: CANCELLED },
};

/** Statuses that hold the group's place and the certificate's money. */
export const LIVE_STATUSES: readonly ContractStatus[] = [PENDING, CONFIRMED, ACTIVE];

export const TAB_STATUSES: Record<ContractTab, readonly ContractStatus[]> = {
  [ContractTab.PENDING]: [PENDING],
  [ContractTab.CONFIRMED]: [CONFIRMED],
  [ContractTab.ACTIVE]: [ACTIVE],
  [ContractTab.ARCHIVE]: [REFUSED, CANCELLED, ENDED, TERMINATED],
};

export function tabOf(status: ContractStatus): ContractTab {
  return (Object.keys(TAB_STATUSES) as ContractTab[]).find((tab) => TAB_STATUSES[tab].includes(status))!;
}

export function allowedActions(status: ContractStatus): ContractAction[] {
  return (Object.keys(TRANSITIONS) as ContractAction[]).filter((action) => TRANSITIONS[action].from.includes(status));
}

export function fromStatuses(action: ContractAction): readonly ContractStatus[] {
  return TRANSITIONS[action].from;
}

export function nextStatus(action: ContractAction): ContractStatus {
  return TRANSITIONS[action].to;
}

const STATUS_NAMES: Record<ContractStatus, string> = {
  PENDING: 'ожидает подтверждения',
  CONFIRMED: 'подтверждена',
  ACTIVE: 'договор действует',
  REFUSED: 'отказано',
  CANCELLED: 'отменена',
  ENDED: 'договор завершён',
  TERMINATED: 'договор расторгнут',
};

/** The refusal of an action the status no longer allows (someone else acted first). */
export function notAllowedIn(status: ContractStatus) {
  return domainError(
    ErrorCode.ActionNotAllowedInStatus,
    `Действие недоступно: заявка уже ${STATUS_NAMES[status]}. Обновите страницу`,
    { status },
  );
}
