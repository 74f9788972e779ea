import { Topic } from '@pfdo/contracts';
import { eventRoutes, SubgraphModule } from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { EmailConfig, readEmailConfig } from './config';
import {
  handleCertificateExtractMailRequested,
  handleConfirmationRequested,
  handleOrganizationApplicationCreated,
} from './confirmations/email-confirmation.service';
import { createContext, EmailContext } from './context';
import { createEmailDataSource, SCHEMA } from './data-source';
import { handleStatusMailRequested } from './notifications/status-mail.service';
import { EmailRuntime } from './runtime';
import { buildEmailSchema, SUBGRAPH_NAME } from './schema';

export const emailModule: SubgraphModule<EmailContext, EmailConfig, EmailRuntime> = {
  name: SUBGRAPH_NAME,
  portVariable: SERVICES.email.portVariable,
  defaultPort: SERVICES.email.defaultPort,
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
        [Topic.certificateExtractMailRequested]: handleCertificateExtractMailRequested(runtime),
        [Topic.statusMailRequested]: handleStatusMailRequested(runtime),
      },
      () => runtime.relay.nudge(),
    ),
};
