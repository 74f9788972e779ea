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
  PROLONG = 'PROLONG',
  ACCEPT = 'ACCEPT',
}

registerEnumType(ContractAction, {
  name: 'ContractAction',
  valuesConfig: {
    CONFIRM: { description: '«Подтвердить» (организация)' },
    REFUSE: { description: '«Отказать» с причиной (организация)' },
    CANCEL: { description: '«Отменить заявку» (владелец сертификата)' },
    PROLONG: { description: '«Пролонгировать» договор на следующий период (организация)' },
    ACCEPT: { description: '«Принять» пролонгацию (владелец сертификата) раньше, чем она будет принята сама' },
  },
});

/**
 * What a row is: a request the holder filed (the provider confirms it) or a prolongation the provider made (the
 * holder accepts it, or it is accepted by itself after PROLONGATION_ACCEPT_DAYS).
 */
export type ContractKind = 'REQUEST' | 'PROLONGATION';

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

const TRANSITIONS: Record<
  Exclude<ContractAction, ContractAction.PROLONG>,
  { from: readonly ContractStatus[]; to: ContractStatus; kinds: readonly ContractKind[] }
> = {
  [ContractAction.CONFIRM]: { from: [PENDING], to: CONFIRMED, kinds: ['REQUEST'] },
  [ContractAction.REFUSE]: { from: [PENDING], to: REFUSED, kinds: ['REQUEST'] },
  // Seed 002: «Для отказа от обучения … зайти в карточку договора и нажать кнопку "Отменить заявку"».
  [ContractAction.CANCEL]: { from: [PENDING, CONFIRMED], to: CANCELLED, kinds: ['REQUEST', 'PROLONGATION'] },
  // Seed 002: «Договор будет считаться акцептированным в случае отсутствия возражений с Вашей стороны».
  [ContractAction.ACCEPT]: { from: [PENDING], to: CONFIRMED, kinds: ['PROLONGATION'] },
};

/**
 * «Пролонгировать» makes a new row (a PENDING prolongation) for the next period; the contract it continues keeps
 * its status and ends on its own end date. Only an active contract that has no live prolongation yet.
 */
const PROLONGABLE: readonly ContractStatus[] = [ACTIVE];

/**
 * Seed 002: «Если по договору не будет получен отказ от обучения в течение 7 дней после его пролонгации, договор
 * вступит в силу с даты начала обучения по нему».
 */
export const PROLONGATION_ACCEPT_DAYS = 7;

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

export interface ContractFacts {
  kind: ContractKind;
  /** A live prolongation of this contract exists already. */
  prolonged?: boolean;
}

export function allowedActions(status: ContractStatus, facts: ContractFacts = { kind: 'REQUEST' }): ContractAction[] {
  const moves = (Object.keys(TRANSITIONS) as Array<keyof typeof TRANSITIONS>).filter(
    (action) => TRANSITIONS[action].from.includes(status) && TRANSITIONS[action].kinds.includes(facts.kind),
  );
  return PROLONGABLE.includes(status) && !facts.prolonged ? [...moves, ContractAction.PROLONG] : moves;
}

/** Whether `action` is allowed on a row of `status` and `kind` (PROLONG: see `mayProlong`). */
export function isAllowed(
  action: Exclude<ContractAction, ContractAction.PROLONG>,
  status: ContractStatus,
  kind: ContractKind,
) {
  return TRANSITIONS[action].from.includes(status) && TRANSITIONS[action].kinds.includes(kind);
}

export function mayProlong(status: ContractStatus): boolean {
  return PROLONGABLE.includes(status);
}

export function fromStatuses(action: Exclude<ContractAction, ContractAction.PROLONG>): readonly ContractStatus[] {
  return TRANSITIONS[action].from;
}

export function nextStatus(action: Exclude<ContractAction, ContractAction.PROLONG>): ContractStatus {
  return TRANSITIONS[action].to;
}

/** What time does to a contract: the steps the schedule's sweep takes, in order. */
export enum ScheduledStep {
  /** A prolongation not refused within PROLONGATION_ACCEPT_DAYS is accepted by itself. */
  ACCEPT_BY_DEFAULT = 'ACCEPT_BY_DEFAULT',
  /** A confirmed contract comes into force on its start date. */
  START = 'START',
  /** An active contract goes to «Архив» after its end date; its reservation is released with the live status. */
  END = 'END',
}

/** The status each step leads to. */
export const STEP_STATUS: Record<ScheduledStep, ContractStatus> = {
  [ScheduledStep.ACCEPT_BY_DEFAULT]: CONFIRMED,
  [ScheduledStep.START]: ACTIVE,
  [ScheduledStep.END]: ENDED,
};

export interface TimedContract {
  status: ContractStatus;
  kind: ContractKind;
  /** The region's days, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  acceptsAt: Date | null;
}

/**
 * The steps due for a contract at `now` (`today`: the region's day of it), and the status they lead to. A
 * prolongation accepted late on its start date starts at once; a contract whose end date passed while nothing
 * moved it (the schedule was down) ends in the same sweep.
 */
export function dueSteps(
  contract: TimedContract,
  now: Date,
  today: string,
): { steps: ScheduledStep[]; status: ContractStatus } {
  const steps: ScheduledStep[] = [];
  let status = contract.status;
  if (status === PENDING && contract.kind === 'PROLONGATION' && contract.acceptsAt && contract.acceptsAt <= now) {
    steps.push(ScheduledStep.ACCEPT_BY_DEFAULT);
    status = CONFIRMED;
  }
  if (status === CONFIRMED && contract.startsOn <= today) {
    steps.push(ScheduledStep.START);
    status = ACTIVE;
  }
  if (status === ACTIVE && contract.endsOn < today) {
    steps.push(ScheduledStep.END);
    status = ENDED;
  }
  return { steps, status };
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
