import type { Role } from '@/gql/graphql';

/** How each role is called on screen. */
export const roleNames: Record<Role, string> = {
  CITIZEN: 'Гражданин',
  CERTIFICATE_HOLDER: 'Личный кабинет сертификата',
  ORG_OPERATOR: 'Организация по приёму заявлений',
  PROVIDER: 'Поставщик образовательных услуг',
  MUNICIPAL_OPERATOR: 'Оператор реестра муниципалитета',
  REGIONAL_OPERATOR: 'Региональный оператор',
  PARTNER: 'Партнёр',
};
