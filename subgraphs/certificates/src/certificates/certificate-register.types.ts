import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Certificate } from './certificate.type';

export enum CertificateRegisterTab {
  FUNDED = 'FUNDED',
  ACCOUNTING = 'ACCOUNTING',
  FROZEN = 'FROZEN',
}

registerEnumType(CertificateRegisterTab, {
  name: 'CertificateRegisterTab',
  description: 'Вкладки реестра сертификатов',
  valuesConfig: {
    FUNDED: { description: '«Сертификаты ПФ»: активированные сертификаты персонифицированного финансирования' },
    ACCOUNTING: { description: '«Сертификаты учета»: активированные сертификаты учета' },
    FROZEN: { description: '«Замороженные сертификаты»' },
  },
});

@InputType({
  description:
    'Поиск в реестре сертификатов: номер целиком; фамилия, имя и отчество ребёнка по началу, без учёта регистра',
})
export class CertificateSearchInput {
  @Field(() => String, { nullable: true, description: 'Номер сертификата: 10 цифр' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Фамилия ребёнка' })
  surname?: string | null;

  @Field(() => String, { nullable: true, description: 'Имя ребёнка' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Отчество ребёнка' })
  patronymic?: string | null;
}

@ObjectType({ description: 'Страница реестра сертификатов, по возрастанию номера' })
export class CertificateRegisterPage {
  @Field(() => [Certificate], { description: 'Сертификаты страницы' })
  certificates: Certificate[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы (after), или null на последней' })
  nextCursor: string | null;
}
