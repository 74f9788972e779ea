import type { Router } from 'express';
import { Topic } from '@pfdo/contracts';
import { eventRoutes, SubgraphModule } from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { markEmailConfirmed } from './applications/application.service';
import { childNameCheckRoutes } from './certificates/child-name-check.routes';
import { CertificatesConfig, readCertificatesConfig } from './config';
import { CertificatesContext, createContext } from './context';
import { createCertificatesDataSource, SCHEMA } from './data-source';
import { seedDemo } from './demo/seed-demo';
import { scanUploadRoutes } from './documents/scan-upload.routes';
import { applicationFormRoutes } from './forms/application-form.routes';
import { regulationRoutes } from './regulations/regulation.routes';
import { reportRoutes } from './reports/report.routes';
import { CertificatesRuntime } from './runtime';
import { buildCertificatesSchema, SUBGRAPH_NAME } from './schema';

export const certificatesModule: SubgraphModule<CertificatesContext, CertificatesConfig, CertificatesRuntime> = {
  name: SUBGRAPH_NAME,
  portVariable: SERVICES.certificates.portVariable,
  defaultPort: SERVICES.certificates.defaultPort,
  schema: SCHEMA,
  createDataSource: createCertificatesDataSource,
  buildSchema: buildCertificatesSchema,
  readConfig: readCertificatesConfig,
  createRuntime: (databases, config) => CertificatesRuntime.open(databases, config),
  createContext: (runtime, caller) => createContext(runtime, caller),
  routes: (runtime) => (router: Router) => {
    scanUploadRoutes(runtime)(router);
    applicationFormRoutes(runtime)(router);
    regulationRoutes(runtime)(router);
    reportRoutes(runtime)(router);
    childNameCheckRoutes(runtime.dataSource)(router);
    eventRoutes(runtime.background, SCHEMA, { [Topic.emailConfirmed]: markEmailConfirmed })(router);
  },
  seedDemo,
};
