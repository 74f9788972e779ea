import { SubgraphModule } from '@pfdo/platform';
import { createContext, CertificatesContext } from './context';
import { createCertificatesDataSource, SCHEMA } from './data-source';
import { seedDemo } from './demo/seed-demo';
import { buildCertificatesSchema, SUBGRAPH_NAME } from './schema';

export const certificatesModule: SubgraphModule<CertificatesContext> = {
  name: SUBGRAPH_NAME,
  portVariable: 'CERTIFICATES_PORT',
  defaultPort: 4001,
  schema: SCHEMA,
  createDataSource: createCertificatesDataSource,
  buildSchema: buildCertificatesSchema,
  createContext,
  seedDemo,
};
