import { buildFederatedSchema, FederatedSchema } from '@pfdo/platform';
import { AuthResolver } from './auth/auth.resolver';
import { OrganizationsContext } from './context';
import { findMunicipality, MunicipalityResolver } from './municipalities/municipality.resolver';
import { findOrganization, OrganizationResolver } from './organizations/organization.resolver';
import { permissions } from './permissions';
import { findUser, UserResolver } from './users/user.resolver';

export const SUBGRAPH_NAME = 'organizations';

export function buildOrganizationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [MunicipalityResolver, OrganizationResolver, UserResolver, AuthResolver],
    referenceResolvers: {
      Municipality: (reference, context: OrganizationsContext) => findMunicipality(context, reference.id),
      Organization: (reference, context: OrganizationsContext) => findOrganization(context, reference.id),
      User: (reference, context: OrganizationsContext) => findUser(context, reference.id),
    },
    permissions,
  });
}
