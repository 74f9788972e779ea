import { Field, ObjectType } from 'type-graphql';

export const HISTORY_ACTION_NAMES: Record<string, string> = {
  APPLICATION_SUBMITTED: 'Заявка создана',
  APPLICATION_EMAIL_CONFIRMED: 'Электронная почта подтверждена',
  CERTIFICATE_ISSUED: 'Сертификат получен',
  DOCUMENTS_RECEIVED: 'Документы получены',
  PERSONAL_DATA_CONFIRMED: 'Персональные данные подтверждены',
  APPLICATION_REFUSED: 'Отказано',
  APPLICATION_EDITED: 'Заявка отредактирована',
  SENT_TO_NAVIGATOR: 'Данные отправлены в ПФДО',
  APPLICATION_FORM_READ: 'Заявление открыто',
  DOCUMENT_SEARCHED: 'Поиск по документу',
  PERSONAL_DATA_READ: 'Просмотр персональных данных',
  CERTIFICATE_FROZEN: 'Сертификат заморожен',
  CONSENT_WITHDRAWN: 'Согласие отозвано',
  EXTRACT_ISSUED: 'Сформирована новая выписка, пароль изменён',
  CERTIFICATE_GROUP_CHANGED: 'Массовая смена группы',
};

@ObjectType({ description: 'Запись истории заявки (из журнала аудита)' })
export class ApplicationHistoryEntry {
  @Field()
  occurredAt: Date;

  @Field({ description: 'Код действия, например DOCUMENTS_RECEIVED' })
  action: string;

  @Field({ description: 'Действие по-русски' })
  actionName: string;

  @Field({ description: 'Кто: ФИО или название учётной записи; «система» для автоматических шагов' })
  actorName: string;

  @Field(() => String, { nullable: true, description: 'Роль того, кто действовал' })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'Подробности, например причина отказа' })
  details: string | null;
}
