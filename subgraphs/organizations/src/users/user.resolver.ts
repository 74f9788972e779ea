import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { findMunicipality } from '../municipalities/municipality.resolver';
import { Municipality } from '../municipalities/municipality.type';
import { findOrganization } from '../organizations/organization.resolver';
import { Organization } from '../organizations/organization.type';
import { User } from './user.type';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'Кто я: текущий пользователь, или null без входа' })
  async me(@Ctx() context: OrganizationsContext): Promise<User | null> {
    return context.identity ? findUser(context, context.identity.userId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Организация сотрудника' })
  async organization(@Root() user: User, @Ctx() context: OrganizationsContext) {
    return user.organizationId ? findOrganization(context, user.organizationId) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Муниципалитет пользователя' })
  async municipality(@Root() user: User, @Ctx() context: OrganizationsContext) {
    return user.municipalityId ? findMunicipality(context, user.municipalityId) : null;
  }
}

export async function findUser(context: OrganizationsContext, id: string): Promise<User | null> {
  if (!isUuid(id)) return null;
  const row = await context.loaders.userById.load(id);
  return row && User.from(row);
}
