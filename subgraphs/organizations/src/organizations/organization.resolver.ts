import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { findMunicipality } from '../municipalities/municipality.resolver';
import { Municipality } from '../municipalities/municipality.type';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Municipality, { nullable: true })
  async municipality(@Root() organization: Organization, @Ctx() context: OrganizationsContext) {
    return organization.municipalityId ? findMunicipality(context, organization.municipalityId) : null;
  }
}

export async function findOrganization(context: OrganizationsContext, id: string): Promise<Organization | null> {
  if (!isUuid(id)) return null;
  const row = await context.loaders.organizationById.load(id);
  return row && Organization.from(row);
}
