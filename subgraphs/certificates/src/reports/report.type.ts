import { Field, Int, ObjectType } from 'type-graphql';
import { ApplicationKind, ApplicationStatus } from '../applications/application-status';
import { CertificateStatus } from '../certificates/certificate-status';

@ObjectType({ description: 'Число заявок одного статуса и вида за период' })
export class ApplicationCount {
  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field(() => ApplicationKind)
  kind: ApplicationKind;

  @Field({ description: 'Статус по-русски, как в реестре заявок' })
  statusName: string;

  @Field({ description: 'Вид заявки по-русски' })
  kindName: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Число сертификатов одного статуса в одной группе, выданных за период' })
export class CertificateCount {
  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field({ description: 'Статус сертификата по-русски' })
  statusName: string;

  @Field(() => Int)
  count: number;

  groupId: string;
}

@ObjectType({ description: 'Число заявок, принятых одной организацией за период' })
export class OrganizationApplicationCount {
  @Field(() => Int)
  count: number;

  /** Null: the documents are not received yet and the citizen applied himself. */
  organizationId: string | null;
}

@ObjectType({ description: '«Отчеты»: заявки и сертификаты муниципалитета (или региона) за период' })
export class RegistryReport {
  @Field({ description: 'Начало периода, ГГГГ-ММ-ДД (включительно)' })
  from: string;

  @Field({ description: 'Конец периода, ГГГГ-ММ-ДД (включительно)' })
  to: string;

  @Field({ description: 'Адрес этого отчёта в CSV (UTF-8 с BOM, разделитель «;»)' })
  csvUrl: string;

  @Field(() => [ApplicationCount], { description: 'Заявки по статусу и виду' })
  applicationsByStatusAndKind: ApplicationCount[];

  @Field(() => [CertificateCount], { description: 'Сертификаты по статусу и группе' })
  certificatesByStatusAndGroup: CertificateCount[];

  @Field(() => [OrganizationApplicationCount], { description: 'Заявки по организациям приёма, больше сначала' })
  applicationsByOrganization: OrganizationApplicationCount[];

  /** Null: the whole region. */
  municipalityId: string | null;
}
