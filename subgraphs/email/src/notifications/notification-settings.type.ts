import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { StatusMailKind as Kind, STATUS_MAIL_KINDS } from '@pfdo/contracts';
import { STATUS_MAIL_TITLES } from './status-mail.messages';

/** The GraphQL enum of the contract's kinds (the values are the contract's). */
export const StatusMailKind = Object.fromEntries(STATUS_MAIL_KINDS.map((kind) => [kind, kind])) as {
  [K in Kind]: K;
};

registerEnumType(StatusMailKind, {
  name: 'StatusMailKind',
  description: 'Письмо заявителю о шаге заявки или сертификата',
  valuesConfig: Object.fromEntries(STATUS_MAIL_KINDS.map((kind) => [kind, { description: STATUS_MAIL_TITLES[kind] }])),
});

@ObjectType({ description: '«Настройка уведомлений»: одно из писем заявителю' })
export class NotificationSetting {
  @Field(() => StatusMailKind)
  kind: Kind;

  @Field({ description: 'Название письма, как его показывают настройки' })
  title: string;

  @Field({ description: 'Обязательное письмо (активация, отказ, заморозка): приходит всегда' })
  mandatory: boolean;

  @Field({ description: 'Письмо приходит' })
  enabled: boolean;
}

@ObjectType({ description: 'Итог отписки по ссылке из письма' })
export class UnsubscribeResult {
  @Field(() => StatusMailKind)
  kind: Kind;

  @Field({ description: 'Какие письма больше не придут' })
  title: string;
}
