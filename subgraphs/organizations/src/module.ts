import { SubgraphModule } from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { OrganizationsConfig, readOrganizationsConfig } from './config';
import { createContext, OrganizationsContext } from './context';
import { createOrganizationsDataSource, SCHEMA } from './data-source';
import { seedDemo } from './demo/seed-demo';
import { holderPasswordCheckRoutes } from './holder-settings/holder-password-check.routes';
import { holderPasswordResetRoutes } from './holder-settings/holder-password-reset.routes';
import { internalRoutes } from './internal/internal.routes';
import { OrganizationsRuntime } from './runtime';
import { buildOrganizationsSchema, SUBGRAPH_NAME } from './schema';

export const organizationsModule: SubgraphModule<OrganizationsContext, OrganizationsConfig, OrganizationsRuntime> = {
  name: SUBGRAPH_NAME,
  portVariable: SERVICES.organizations.portVariable,
  defaultPort: SERVICES.organizations.defaultPort,
  schema: SCHEMA,
  createDataSource: createOrganizationsDataSource,
  buildSchema: buildOrganizationsSchema,
  readConfig: readOrganizationsConfig,
  createRuntime: (databases, config) => new OrganizationsRuntime(databases, config),
  createContext: (runtime, caller, response) => createContext(runtime, caller, response),
  routes: (runtime) => (router) => {
    internalRoutes(runtime.dataSource, runtime.background, runtime.apiKeySecrets)(router);
    holderPasswordResetRoutes(runtime.dataSource)(router);
    holderPasswordCheckRoutes(runtime)(router);
  },
  seedDemo,
};
