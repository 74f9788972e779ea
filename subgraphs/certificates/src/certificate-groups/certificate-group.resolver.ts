import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { CertificatesContext } from '../context';
import { Municipality } from '../references/references';
import { CertificateGroup } from './certificate-group.type';

@Resolver(() => CertificateGroup)
export class CertificateGroupResolver {
  @Query(() => [CertificateGroup], { description: 'Группы сертификатов муниципалитета' })
  async certificateGroups(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Ctx() context: CertificatesContext,
  ): Promise<CertificateGroup[]> {
    if (!isUuid(municipalityId)) return [];
    const rows = await context.loaders.certificateGroupsByMunicipality.load(municipalityId);
    return rows.map(CertificateGroup.from);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() group: CertificateGroup): Municipality {
    return Municipality.ref(group.municipalityId);
  }

  @FieldResolver(() => Int, { description: 'Сертификатов в группе (для операторов реестра)' })
  async certificateCount(@Root() group: CertificateGroup, @Ctx() context: CertificatesContext): Promise<number> {
    return (await context.loaders.certificateCountByGroup.load(group.id))?.count ?? 0;
  }
}

export async function findCertificateGroup(context: CertificatesContext, id: string) {
  if (!isUuid(id)) return null;
  const row = await context.loaders.certificateGroupById.load(id);
  return row && CertificateGroup.from(row);
}
