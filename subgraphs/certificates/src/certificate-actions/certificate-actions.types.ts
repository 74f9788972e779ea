import { Field, ObjectType } from 'type-graphql';
import { Certificate } from '../certificates/certificate.type';
import { Child } from '../children/child.type';
import { CertificateAction } from './certificate-actions';

@ObjectType({ description: 'Сертификат на странице действия с ним: номер, ребёнок, статус и что можно сделать' })
export class CertificateAtHand {
  @Field(() => Certificate)
  certificate: Certificate;

  @Field(() => Child, { description: 'Ребёнок, которому выдан сертификат' })
  child: Child;

  @Field(() => [CertificateAction], { description: 'Что вызывающий может сделать с сертификатом сейчас' })
  allowedActions: CertificateAction[];

  /** Resolved by CertificateAtHandResolver (one query for a whole page). */
  representativeEmailMasked?: string | null;
}

@ObjectType({ description: 'Новая выписка из реестра сертификатов с новым паролем личного кабинета' })
export class CertificateExtract {
  @Field(() => Certificate)
  certificate: Certificate;

  @Field({ description: 'Логин личного кабинета сертификата в навигаторе: номер сертификата' })
  login: string;

  @Field({ description: 'Новый пароль. Показывается один раз, только тому, кто его задал, и нигде не хранится' })
  password: string;

  @Field({ description: 'Имя файла выписки' })
  fileName: string;

  @Field({ description: 'Выписка (PDF) в base64: сформирована в этом запросе и нигде не хранится' })
  pdfBase64: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Куда отправлена выписка: подтверждённая почта представителя, частично скрытая (i*****@mail.ru); ' +
      'null — отправка не запрошена',
  })
  emailedTo: string | null;
}

@ObjectType({ description: 'Страница сертификатов, не дошедших до навигатора' })
export class NotSentCertificatesPage {
  @Field(() => [CertificateAtHand])
  certificates: CertificateAtHand[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null — страниц больше нет' })
  nextCursor: string | null;
}

@ObjectType({ description: 'Итог одной партии «Отправить все»' })
export class NavigatorResendOutcome {
  @Field({ description: 'Отправлено в ПФДО' })
  sent: number;

  @Field({ description: 'Не удалось отправить (остались в списке)' })
  failed: number;

  @Field(() => String, {
    nullable: true,
    description: 'Курсор следующей партии; null — список пройден до конца',
  })
  nextCursor: string | null;
}
