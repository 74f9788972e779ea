import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateStatus } from '../certificates/certificate-status';
import { DocumentType } from '../documents/document-type';
import { Application } from './application.type';

export enum ApplicationRegisterTab {
  UNCONFIRMED = 'UNCONFIRMED',
  NEW = 'NEW',
  ALL = 'ALL',
  NEW_CERTIFICATE = 'NEW_CERTIFICATE',
  EDITING = 'EDITING',
}

registerEnumType(ApplicationRegisterTab, {
  name: 'ApplicationRegisterTab',
  description: 'Вкладки реестра заявок',
  valuesConfig: {
    UNCONFIRMED: {
      description: '«Все неподтвержденные»: почта не подтверждена, заявка не подтверждена или документы получены',
    },
    NEW: { description: '«Новые»: заявка не подтверждена и документы ещё не получены' },
    ALL: { description: '«Все»' },
    NEW_CERTIFICATE: { description: '«Новый сертификат»: заявки на получение сертификата' },
    EDITING: {
      description: '«Редактирование»: заявки на изменение (смена муниципалитета, уточнение данных, смена группы)',
    },
  },
});

export enum ApplicationDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

registerEnumType(ApplicationDirection, {
  name: 'ApplicationDirection',
  valuesConfig: {
    INCOMING: { description: '«Получение»' },
    OUTGOING: { description: '«Исходящий»: сертификат переходит в другой муниципалитет' },
  },
});

@InputType({
  description: '«Поиск»: любое сочетание полей; фамилия, имя и отчество ищутся по началу, без учёта регистра',
})
export class ApplicationSearchInput {
  @Field(() => String, { nullable: true, description: 'Номер заявки' })
  applicationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Номер сертификата' })
  certificateNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Фамилия ребёнка' })
  surname?: string | null;

  @Field(() => String, { nullable: true, description: 'Имя ребёнка' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Отчество ребёнка' })
  patronymic?: string | null;

  @Field(() => String, { nullable: true, description: 'Дата рождения, YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => DocumentType, { nullable: true, description: 'Тип документа' })
  documentType?: DocumentType | null;

  @Field(() => String, { nullable: true, description: 'Серия документа' })
  documentSeries?: string | null;

  @Field(() => String, { nullable: true, description: 'Номер документа' })
  documentNumber?: string | null;
}

@ObjectType({ description: 'Действующий сертификат ребёнка в любом муниципалитете региона (поиск по документу)' })
export class LiveCertificateElsewhere {
  @Field({ description: 'Номер сертификата' })
  number: string;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field({ description: 'Муниципалитет, где выдан сертификат' })
  municipalityName: string;
}

@ObjectType({ description: 'Страница реестра заявок' })
export class ApplicationRegisterPage {
  @Field(() => Int, {
    description:
      'Сколько заявок всего подходит: точно, когда totalCountExact; иначе подходит больше этого числа (точно считается до 10 000 заявок)',
  })
  totalCount: number;

  @Field({ description: 'Точен ли totalCount; false — заявок больше, чем totalCount, и реестр пишет «более …»' })
  totalCountExact: boolean;

  @Field(() => [Application], { description: 'Заявки страницы, новые сначала' })
  applications: Application[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы (after), или null на последней' })
  nextCursor: string | null;

  @Field(() => [LiveCertificateElsewhere], {
    description: 'При поиске по серии и номеру документа: действующие сертификаты этого ребёнка во всём регионе',
  })
  liveCertificatesInRegion: LiveCertificateElsewhere[];
}
