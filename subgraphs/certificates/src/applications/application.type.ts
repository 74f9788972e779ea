import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ApplicationKind, ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';

/** docs/domain.md §5, the citizen portal: what to bring to the organization with the signed application form. */
export const DOCUMENTS_TO_BRING = [
  'Паспорт родителя (законного представителя)',
  'Паспорт или свидетельство о рождении ребёнка',
  'Подписанное заявление (если не удалось распечатать его самостоятельно, обратитесь в организацию с номером сертификата)',
  // Seed 003 §14: only for a child the registry does not know from a kindergarten's or a school's lists.
  'Документ, подтверждающий регистрацию ребёнка по месту жительства в муниципалитете (только если ребёнок не посещает детский сад или школу)',
];

export function applicationFormPath(applicationId: string): string {
  return `/documents/applications/${applicationId}/form.pdf`;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Заявка на получение сертификата или на изменение его данных' })
export class Application {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Номер заявки: 8 цифр' })
  number: string;

  @Field(() => ApplicationKind)
  kind: ApplicationKind;

  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field({ description: 'Когда заявка создана' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Когда организация отметила «Документы получены»' })
  documentsReceivedAt: Date | null;

  @Field({ description: 'ФИО заявителя: родителя (законного представителя) или самого ребёнка старше 14 лет' })
  applicantName: string;

  @Field({ description: 'Заявитель — сам ребёнок старше 14 лет' })
  applicantIsChild: boolean;

  @Field(() => String, { nullable: true, description: 'Электронная почта заявителя (персональные данные)' })
  email: string | null;

  @Field(() => Date, { nullable: true, description: 'Когда заявитель подтвердил электронную почту' })
  emailConfirmedAt: Date | null;

  @Field({ description: 'Адрес заполненного заявления в PDF на хосте шлюза (открывает заявитель и операторы)' })
  formUrl: string;

  @Field(() => [String], { description: 'Документы, которые нужно взять с собой для подтверждения данных заявления' })
  documentsToBring: string[];

  @Field(() => String, { nullable: true, description: 'Причина отказа' })
  refusalReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Когда оператор подтвердил заявку или отказал' })
  processedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: '«Данные отправлены в ПФДО»: когда сертификат передан в навигатор',
  })
  sentToNavigatorAt: Date | null;

  municipalityId: string;
  /** For a change of municipality: the municipality the certificate leaves. */
  sourceMunicipalityId: string | null;
  createdByOrganizationId: string | null;
  childId: string;
  certificateId: string | null;
  receivedByOrganizationId: string | null;
  applicantUserId: string | null;
  documentId: string | null;
  groupId: string | null;
  /** Set when reached through a child whose guardians are known. */
  guardianUserIds: string[] = [];
  /** Other municipalities whose operators reach it, e.g. the one its certificate has moved to. */
  relatedMunicipalityIds: string[] = [];

  static from(entity: ApplicationEntity, guardianUserIds: string[] = []): Application {
    return Object.assign(new Application(), {
      id: entity.id,
      number: entity.number,
      kind: entity.kind,
      status: entity.status,
      createdAt: entity.createdAt,
      documentsReceivedAt: entity.documentsReceivedAt,
      municipalityId: entity.municipalityId,
      certificateId: entity.certificateId,
      receivedByOrganizationId: entity.receivedByOrganizationId,
      refusalReason: entity.refusalReason,
      processedAt: entity.processedAt,
      sentToNavigatorAt: entity.sentToNavigatorAt,
      applicantName: entity.applicantName,
      applicantIsChild: entity.applicantIsChild,
      email: entity.applicantEmail,
      emailConfirmedAt: entity.emailConfirmedAt,
      formUrl: applicationFormPath(entity.id),
      documentsToBring: DOCUMENTS_TO_BRING,
      childId: entity.childId,
      sourceMunicipalityId: entity.sourceMunicipalityId,
      createdByOrganizationId: entity.createdByOrganizationId,
      applicantUserId: entity.applicantUserId,
      documentId: entity.documentId,
      groupId: entity.groupId,
      guardianUserIds,
    });
  }
}
