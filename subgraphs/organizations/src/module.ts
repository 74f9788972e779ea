import { SubgraphModule } from '@pfdo/platform';
import { sessionRoutes } from './auth/auth.routes';
import { createContext, OrganizationsContext } from './context';
import { createOrganizationsDataSource, SCHEMA } from './data-source';
import { seedDemo } from './demo/seed-demo';
import { buildOrganizationsSchema, SUBGRAPH_NAME } from './schema';

export const organizationsModule: SubgraphModule<OrganizationsContext> = {
  name: SUBGRAPH_NAME,
  portVariable: 'ORGANIZATIONS_PORT',
  defaultPort: 4002,
  schema: SCHEMA,
  createDataSource: createOrganizationsDataSource,
  buildSchema: buildOrganizationsSchema,
  createContext,
  routes: sessionRoutes,
  seedDemo,
};
