import { SubgraphModule, SubgraphRuntime } from '@pfdo/platform';
import { createContext, OrganizationsContext } from './context';
import { createOrganizationsDataSource, SCHEMA } from './data-source';
import { seedDemo } from './demo/seed-demo';
import { internalRoutes } from './internal/internal.routes';
import { buildOrganizationsSchema, SUBGRAPH_NAME } from './schema';

export const organizationsModule: SubgraphModule<OrganizationsContext> = {
  name: SUBGRAPH_NAME,
  portVariable: 'ORGANIZATIONS_PORT',
  defaultPort: 4002,
  schema: SCHEMA,
  createDataSource: createOrganizationsDataSource,
  buildSchema: buildOrganizationsSchema,
  createRuntime: (dataSource): SubgraphRuntime => ({ dataSource }),
  createContext: (runtime, caller, response) => createContext(runtime.dataSource, caller, response),
  routes: (runtime) => internalRoutes(runtime.dataSource),
  seedDemo,
};
