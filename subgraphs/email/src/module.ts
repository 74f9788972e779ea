import { DEV_SMTP_URL, SubgraphModule } from '@pfdo/platform';
import { createContext, EmailContext } from './context';
import { createEmailDataSource, SCHEMA } from './data-source';
import { buildEmailSchema, SUBGRAPH_NAME } from './schema';

export const emailModule: SubgraphModule<EmailContext> = {
  name: SUBGRAPH_NAME,
  portVariable: 'EMAIL_PORT',
  defaultPort: 4004,
  schema: SCHEMA,
  createDataSource: createEmailDataSource,
  buildSchema: buildEmailSchema,
  createContext,
  readConfig: (reader) => {
    reader.url('SMTP_URL', ['smtp', 'smtps'], reader.production ? undefined : DEV_SMTP_URL);
  },
};
