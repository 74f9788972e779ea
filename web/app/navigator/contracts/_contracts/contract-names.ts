import type { ContractStatus, ContractTab, ProgramRegistry } from '@/gql/graphql';

/** The tabs of «ДОГОВОРЫ» (seed 002), in its order. */
export const CONTRACT_TABS: ReadonlyArray<{ tab: ContractTab; label: string }> = [
  { tab: 'PENDING', label: 'Ожидающие подтверждения' },
  { tab: 'CONFIRMED', label: 'Подтвержденные заявки' },
  { tab: 'ACTIVE', label: 'Действующие' },
  { tab: 'ARCHIVE', label: 'Архив' },
];

export const STATUS_NAMES: Record<ContractStatus, string> = {
  PENDING: 'Ожидает подтверждения',
  CONFIRMED: 'Подтверждена, договор заключён',
  ACTIVE: 'Договор действует',
  REFUSED: 'Отказано',
  CANCELLED: 'Отменена',
  ENDED: 'Договор завершён',
  TERMINATED: 'Договор расторгнут',
};

export const REGISTRY_NAMES: Record<ProgramRegistry, string> = {
  CERTIFIED: 'сертифицированная программа',
  SIGNIFICANT: 'значимая программа (бюджетное место)',
  PAID: 'платная программа',
  GENERAL: 'общеразвивающая программа (бюджетное место)',
};
