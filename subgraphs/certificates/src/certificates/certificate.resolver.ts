import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { Application } from '../applications/application.type';
import { findCertificateGroup } from '../certificate-groups/certificate-group.resolver';
import { CertificateGroup } from '../certificate-groups/certificate-group.type';
import { CertificatesContext } from '../context';
import { ChildDocument } from '../documents/child-document.type';
import { Municipality } from '../references/references';
import { CERTIFICATE_STATUS_NAMES } from './certificate-status';
import { issueCertificate } from './certificate.service';
import { Certificate } from './certificate.type';

@InputType()
export class IssueCertificateInput {
  @Field(() => ID)
  applicationId: string;

  @Field(() => ID, { description: 'Группа сертификата' })
  groupId: string;

  @Field(() => ID, { description: 'Документ ребёнка' })
  documentId: string;
}

@ObjectType({ description: 'Выданный сертификат и данные для входа в личный кабинет сертификата в навигаторе' })
export class IssuedCertificate {
  @Field(() => Certificate)
  certificate: Certificate;

  @Field({ description: 'Логин кабинета в навигаторе: номер сертификата' })
  navigatorLogin: string;

  @Field({ description: 'Пароль кабинета в навигаторе. Показывается один раз: сохраните его' })
  navigatorPassword: string;
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @Mutation(() => IssuedCertificate, {
    description: '«Получить сертификат» по подтверждённой заявке: выбранные группа сертификата и документ',
  })
  async issueCertificate(
    @Arg('input', () => IssueCertificateInput) input: IssueCertificateInput,
    @Ctx() context: CertificatesContext,
  ): Promise<IssuedCertificate> {
    const { certificate, password } = await issueCertificate(context, input);
    return Object.assign(new IssuedCertificate(), {
      certificate: Certificate.from(certificate, [context.identity!.userId]),
      navigatorLogin: certificate.number,
      navigatorPassword: password,
    });
  }

  @FieldResolver(() => String, { description: 'Статус по-русски, например «Не активирован»' })
  statusName(@Root() certificate: Certificate): string {
    return CERTIFICATE_STATUS_NAMES[certificate.status];
  }

  @FieldResolver(() => ChildDocument, { nullable: true, description: 'Документ ребёнка' })
  async document(@Root() certificate: Certificate, @Ctx() context: CertificatesContext) {
    if (!certificate.documentId) return null;
    const row = await context.loaders.documentById.load(certificate.documentId);
    return (
      row &&
      Object.assign(ChildDocument.from(row, certificate.municipalityId, certificate.guardianUserIds), {
        relatedMunicipalityIds: certificate.relatedMunicipalityIds,
      })
    );
  }

  @FieldResolver(() => [Application], { description: '«История заявок»: все заявки, касавшиеся сертификата' })
  async applications(@Root() certificate: Certificate, @Ctx() context: CertificatesContext) {
    const rows = await context.loaders.applicationsByCertificate.load(certificate.id);
    // Whoever may read the certificate (its municipality, or the one it is moving to) reads its whole history.
    const readers = [certificate.municipalityId, ...certificate.relatedMunicipalityIds];
    return rows.map((row) =>
      Object.assign(Application.from(row, certificate.guardianUserIds), { relatedMunicipalityIds: readers }),
    );
  }

  @FieldResolver(() => Application, { nullable: true, description: 'Заявка, по которой выдан сертификат' })
  async application(@Root() certificate: Certificate, @Ctx() context: CertificatesContext) {
    if (!certificate.applicationId) return null;
    const row = await context.loaders.applicationById.load(certificate.applicationId);
    return (
      row &&
      Object.assign(Application.from(row, certificate.guardianUserIds), {
        relatedMunicipalityIds: [certificate.municipalityId, ...certificate.relatedMunicipalityIds],
      })
    );
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() certificate: Certificate): Municipality {
    return Municipality.ref(certificate.municipalityId);
  }

  @FieldResolver(() => CertificateGroup, { description: 'Группа сертификата' })
  async group(@Root() certificate: Certificate, @Ctx() context: CertificatesContext) {
    return findCertificateGroup(context, certificate.groupId);
  }
}

export async function findCertificate(context: CertificatesContext, id: string) {
  if (!isUuid(id)) return null;
  const row = await context.loaders.certificateById.load(id);
  return row && Certificate.from(row);
}
