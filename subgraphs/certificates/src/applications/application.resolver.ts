import { isUuid } from '@pfdo/platform';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { findCertificate } from '../certificates/certificate.resolver';
import { Certificate } from '../certificates/certificate.type';
import { CertificatesContext } from '../context';
import { Municipality, Organization } from '../references/references';
import { Application } from './application.type';

@Resolver(() => Application)
export class ApplicationResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() application: Application): Municipality {
    return Municipality.ref(application.municipalityId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'Сертификат, выданный или изменённый по заявке' })
  async certificate(@Root() application: Application, @Ctx() context: CertificatesContext) {
    return application.certificateId ? findCertificate(context, application.certificateId) : null;
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
