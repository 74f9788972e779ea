import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { findCertificateGroup } from '../certificate-groups/certificate-group.resolver';
import { CertificateGroup } from '../certificate-groups/certificate-group.type';
import { Certificate } from '../certificates/certificate.type';
import { Child } from '../children/child.type';
import { CertificatesContext } from '../context';
import { ChildDocument } from '../documents/child-document.type';
import { Municipality, Organization } from '../references/references';
import { submitApplication } from './application.service';
import { Application } from './application.type';

@Resolver(() => Application)
export class ApplicationResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() application: Application): Municipality {
    return Municipality.ref(application.municipalityId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'Сертификат, выданный или изменённый по заявке' })
  async certificate(@Root() application: Application, @Ctx() context: CertificatesContext) {
    if (!application.certificateId) return null;
    const row = await context.loaders.certificateById.load(application.certificateId);
    return (
      row &&
      Object.assign(Certificate.from(row, guardiansOf(application)), {
        relatedMunicipalityIds: municipalitiesOf(application),
      })
    );
  }

  @FieldResolver(() => Child, { description: 'Ребёнок' })
  async child(@Root() application: Application, @Ctx() context: CertificatesContext) {
    const row = await context.loaders.childById.load(application.childId);
    return (
      row &&
      Object.assign(Child.from(row, guardiansOf(application)), {
        relatedMunicipalityIds: municipalitiesOf(application),
      })
    );
  }

  @FieldResolver(() => CertificateGroup, { nullable: true, description: 'Группа сертификата, выбранная при получении' })
  async group(@Root() application: Application, @Ctx() context: CertificatesContext) {
    return application.groupId ? findCertificateGroup(context, application.groupId) : null;
  }

  @FieldResolver(() => ChildDocument, {
    nullable: true,
    description: 'Документ ребёнка, выбранный при получении сертификата',
  })
  async document(@Root() application: Application, @Ctx() context: CertificatesContext) {
    if (!application.documentId) return null;
    const row = await context.loaders.documentById.load(application.documentId);
    return (
      row &&
      Object.assign(ChildDocument.from(row, application.municipalityId, guardiansOf(application)), {
        relatedMunicipalityIds: municipalitiesOf(application),
      })
    );
  }

  @Mutation(() => Application, {
    description:
      '«Отправить заявку»: заявка на сертификат для своего ребёнка; на почту уходит письмо со ссылкой для подтверждения',
  })
  async submitApplication(
    @Arg('childId', () => ID) childId: string,
    @Arg('email') email: string,
    @Ctx() context: CertificatesContext,
  ): Promise<Application> {
    const row = await submitApplication(context, childId, email);
    return Application.from(row, [context.identity!.userId]);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Организация, получившая документы' })
  receivedBy(@Root() application: Application): Organization | null {
    return application.receivedByOrganizationId ? Organization.ref(application.receivedByOrganizationId) : null;
  }
}

export async function findApplication(context: CertificatesContext, id: string) {
  if (!isUuid(id)) return null;
  const row = await context.loaders.applicationById.load(id);
  return row && Application.from(row);
}

/** The applicant reads the application's child, document and certificate as their guardian. */
function guardiansOf(application: Application): string[] {
  return application.applicantUserId
    ? [...new Set([...application.guardianUserIds, application.applicantUserId])]
    : application.guardianUserIds;
}

/** The municipalities an application concerns: its own, and the one a change of municipality leaves. */
function municipalitiesOf(application: Application): string[] {
  return [application.municipalityId, ...(application.sourceMunicipalityId ? [application.sourceMunicipalityId] : [])];
}
