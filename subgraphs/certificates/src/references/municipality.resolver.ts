import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Application } from '../applications/application.type';
import { CertificateGroup } from '../certificate-groups/certificate-group.type';
import { CertificatesContext } from '../context';
import { RECENT_APPLICATIONS_LIMIT } from '../loaders';
import { Municipality } from './references';

@Resolver(() => Municipality)
export class MunicipalityCertificatesResolver {
  @FieldResolver(() => [CertificateGroup], { description: 'Группы сертификатов муниципалитета' })
  async certificateGroups(@Root() municipality: Municipality, @Ctx() context: CertificatesContext) {
    const rows = await context.loaders.certificateGroupsByMunicipality.load(municipality.id);
    return rows.map(CertificateGroup.from);
  }

  @FieldResolver(() => [Application], {
    description: `Последние ${RECENT_APPLICATIONS_LIMIT} заявок муниципалитета, новые сначала (для операторов)`,
  })
  async recentApplications(@Root() municipality: Municipality, @Ctx() context: CertificatesContext) {
    const rows = await context.loaders.recentApplicationsByMunicipality.load(municipality.id);
    return rows.map((row) => Application.from(row));
  }
}
