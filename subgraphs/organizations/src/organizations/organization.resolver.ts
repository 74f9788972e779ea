import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { forbidden, isUuid } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { findMunicipality } from '../municipalities/municipality.resolver';
import { Municipality } from '../municipalities/municipality.type';
import { OrganizationDetailsInput, updateOwnOrganization } from './organization-details';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Municipality, { nullable: true })
  async municipality(@Root() organization: Organization, @Ctx() context: OrganizationsContext) {
    return organization.municipalityId ? findMunicipality(context, organization.municipalityId) : null;
  }

  @Mutation(() => Organization, {
    description: '«Мои параметры»: оператор реестра изменяет сведения своей организации',
  })
  async updateMyOrganization(
    @Arg('input', () => OrganizationDetailsInput) input: OrganizationDetailsInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    const { identity } = context;
    if (!identity) throw forbidden();
    const row = await updateOwnOrganization(context.dataSource, { ...context.caller, identity }, input);
    return Organization.from(row);
  }
}

export async function findOrganization(context: OrganizationsContext, id: string): Promise<Organization | null> {
  if (!isUuid(id)) return null;
  const row = await context.loaders.organizationById.load(id);
  return row && Organization.from(row);
}
