import { isUuid } from '@pfdo/platform';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { findCertificateGroup } from '../certificate-groups/certificate-group.resolver';
import { CertificateGroup } from '../certificate-groups/certificate-group.type';
import { CertificatesContext } from '../context';
import { Municipality } from '../references/references';
import { Certificate } from './certificate.type';

@Resolver(() => Certificate)
export class CertificateResolver {
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
