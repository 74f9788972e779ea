import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { Organization } from '../organizations/organization.type';
import { MunicipalityEntity } from './municipality.entity';
import { Municipality } from './municipality.type';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], { description: 'Муниципалитеты региона по алфавиту' })
  async municipalities(@Ctx() context: OrganizationsContext): Promise<Municipality[]> {
    const rows = await context.dataSource.getRepository(MunicipalityEntity).find({ order: { name: 'ASC' } });
    return rows.map(Municipality.from);
  }

  @Query(() => Municipality, { nullable: true })
  async municipality(
    @Arg('id', () => ID) id: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<Municipality | null> {
    return findMunicipality(context, id);
  }

  @FieldResolver(() => [Organization], { description: 'Организации муниципалитета' })
  async organizations(@Root() municipality: Municipality, @Ctx() context: OrganizationsContext) {
    const rows = await context.loaders.organizationsByMunicipality.load(municipality.id);
    return rows.map(Organization.from);
  }

  @FieldResolver(() => [Organization], {
    description:
      'Организации по приёму заявлений: где активировать сертификат (название, адрес, кабинет, телефоны, часы работы)',
  })
  async receptionOrganizations(@Root() municipality: Municipality, @Ctx() context: OrganizationsContext) {
    const rows = await context.loaders.organizationsByMunicipality.load(municipality.id);
    return rows.filter((row) => row.kind === 'RECEPTION').map(Organization.from);
  }
}

export async function findMunicipality(context: OrganizationsContext, id: string): Promise<Municipality | null> {
  if (!isUuid(id)) return null;
  const row = await context.loaders.municipalityById.load(id);
  return row && Municipality.from(row);
}
