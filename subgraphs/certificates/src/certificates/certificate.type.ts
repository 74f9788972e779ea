import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CertificateStatus } from './certificate-status';
import { CertificateType } from './certificate-type';
import { CertificateEntity } from './certificate.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Сертификат дополнительного образования' })
export class Certificate {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Номер сертификата: 10 цифр' })
  number: string;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => CertificateType, { description: '«Статус сертификата»: сертификат ПФ или сертификат учета' })
  certificateType: CertificateType;

  @Field({ description: 'Дата создания' })
  createdAt: Date;

  @Field({ description: 'Логин личного кабинета сертификата в навигаторе: номер сертификата' })
  navigatorLogin: string;

  municipalityId: string;
  groupId: string;
  childId: string;
  applicationId: string | null;
  documentId: string | null;
  /** Set when reached through a child or an application whose guardians or applicant are known. */
  guardianUserIds: string[] = [];
  /** Other municipalities whose operators reach it, e.g. through a change-of-municipality application. */
  relatedMunicipalityIds: string[] = [];

  static from(entity: CertificateEntity, guardianUserIds: string[] = []): Certificate {
    return Object.assign(new Certificate(), {
      id: entity.id,
      number: entity.number,
      status: entity.status,
      certificateType: entity.certificateType,
      createdAt: entity.createdAt,
      municipalityId: entity.municipalityId,
      groupId: entity.groupId,
      childId: entity.childId,
      navigatorLogin: entity.number,
      applicationId: entity.applicationId,
      documentId: entity.documentId,
      guardianUserIds,
    });
  }
}
