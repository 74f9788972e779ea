import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ApplicationEntity } from './application.entity';
import { ApplicationKind, ApplicationStatus } from './application-status';

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

  municipalityId: string;
  certificateId: string | null;
  receivedByOrganizationId: string | null;

  static from(entity: ApplicationEntity): Application {
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
    });
  }
}
