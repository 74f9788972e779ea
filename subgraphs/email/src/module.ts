import { Topic } from '@pfdo/contracts';
import { eventRoutes, SubgraphModule } from '@pfdo/platform';
import { EmailConfig, readEmailConfig } from './config';
import {
  handleConfirmationRequested,
  handleOrganizationApplicationCreated,
} from './confirmations/email-confirmation.service';
import { createContext, EmailContext } from './context';
import { createEmailDataSource, SCHEMA } from './data-source';
import { EmailRuntime } from './runtime';
import { buildEmailSchema, SUBGRAPH_NAME } from './schema';

export const emailModule: SubgraphModule<EmailContext, EmailConfig, EmailRuntime> = {
  name: SUBGRAPH_NAME,
  portVariable: 'EMAIL_PORT',
  defaultPort: 4004,
  schema: SCHEMA,
  createDataSource: createEmailDataSource,
  buildSchema: buildEmailSchema,
  readConfig: readEmailConfig,
  createRuntime: (databases, config) => new EmailRuntime(databases, config),
  createContext: (runtime, caller) => createContext(runtime, caller),
  routes: (runtime) =>
    eventRoutes(
      runtime.background,
      SCHEMA,
      {
        [Topic.emailConfirmationRequested]: handleConfirmationRequested(runtime),
        [Topic.organizationApplicationCreated]: handleOrganizationApplicationCreated,
      },
      () => runtime.relay.nudge(),
    ),
};
