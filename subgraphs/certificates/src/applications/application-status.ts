import { registerEnumType } from 'type-graphql';

export enum ApplicationStatus {
  EMAIL_UNCONFIRMED = 'EMAIL_UNCONFIRMED',
  SUBMITTED = 'SUBMITTED',
  DOCUMENTS_RECEIVED = 'DOCUMENTS_RECEIVED',
  CONFIRMED = 'CONFIRMED',
  REFUSED = 'REFUSED',
}

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  valuesConfig: {
    EMAIL_UNCONFIRMED: {
      description: 'Электронная почта не подтверждена (только заявки через личный кабинет граждан)',
    },
    SUBMITTED: { description: 'Заявка не подтверждена' },
    DOCUMENTS_RECEIVED: { description: 'Документы получены' },
    CONFIRMED: { description: 'Персональные данные подтверждены, сертификат активирован' },
    REFUSED: { description: 'Отказано' },
  },
});

export enum ApplicationKind {
  NEW_CERTIFICATE = 'NEW_CERTIFICATE',
  CHANGE_MUNICIPALITY = 'CHANGE_MUNICIPALITY',
  CLARIFY_PERSONAL_DATA = 'CLARIFY_PERSONAL_DATA',
  CHANGE_GROUP = 'CHANGE_GROUP',
}

registerEnumType(ApplicationKind, {
  name: 'ApplicationKind',
  valuesConfig: {
    NEW_CERTIFICATE: { description: 'Получить сертификат' },
    CHANGE_MUNICIPALITY: { description: 'Внести изменения в связи со сменой муниципалитета проживания' },
    CLARIFY_PERSONAL_DATA: { description: 'Внести уточнения в персональные данные' },
    CHANGE_GROUP: { description: 'Изменить группу сертификата' },
  },
});
