import { Field, InputType, ID, ObjectType } from 'type-graphql';
import { ProtectionMode } from './protection-mode';

@ObjectType({ description: '«НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: способ защиты сертификата' })
export class CertificateProtection {
  @Field(() => ProtectionMode)
  mode: ProtectionMode;

  @Field({ description: 'Кодовая фраза задана (сама фраза хранится только в виде хеша и не показывается)' })
  codePhraseSet: boolean;

  @Field(() => Date, { nullable: true, description: 'Когда способ защиты изменён в последний раз' })
  changedAt: Date | null;
}

@InputType({ description: 'Заявка организации от имени владельца сертификата' })
export class EnrollmentOnBehalfInput {
  @Field({ description: 'Номер сертификата, 10 цифр' })
  certificateNumber: string;

  @Field(() => ID, { description: 'Группа программы организации' })
  groupId: string;

  @Field(() => String, {
    nullable: true,
    description: 'ФИО ребёнка (способ защиты «Подтверждение по ФИО» или не выбран)',
  })
  childFullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Кодовая фраза (способ «Подтверждение по кодовой фразе»)' })
  codePhrase?: string | null;
}
