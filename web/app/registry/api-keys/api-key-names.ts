import type { ApiKeyScope, ApiKeyStatus } from '@/gql/graphql';

/** The scopes as the operator reads them, with the name a partner's developer sees in the documentation. */
export const SCOPE_NAMES: Record<ApiKeyScope, { label: string; wire: string }> = {
  CATALOGUE_READ: { label: 'Каталог программ и организаций (чтение)', wire: 'catalogue:read' },
  CERTIFICATES_READ: { label: 'Сертификаты муниципалитета (чтение)', wire: 'certificates:read' },
  APPLICATIONS_READ: { label: 'Заявки (чтение), для системы организации по приёму', wire: 'applications:read' },
  APPLICATIONS_WRITE: { label: 'Заявки (создание), для системы организации по приёму', wire: 'applications:write' },
  CONTRACTS_READ: { label: 'Договоры (чтение), для учётной системы поставщика', wire: 'contracts:read' },
};

/** Scopes that read one municipality's records: the key names the municipality. */
export const MUNICIPAL_SCOPES: readonly ApiKeyScope[] = [
  'CERTIFICATES_READ',
  'APPLICATIONS_READ',
  'APPLICATIONS_WRITE',
];

export const STATUS_NAMES: Record<ApiKeyStatus, string> = {
  ACTIVE: 'Действует',
  REPLACED: 'Заменён, действует до конца замены',
  REVOKED: 'Отозван',
  EXPIRED: 'Истёк',
};
