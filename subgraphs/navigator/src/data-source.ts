import { createDataSource, SqlStatementCounter } from '@pfdo/platform';
import { Initial1764000000000 } from './migrations/1764000000000-initial';
import { ProgramEntity } from './programs/program.entity';
import { RegisteredCertificates1764400000000 } from './migrations/1764400000000-registered-certificates';
import { RegisteredCertificateEntity } from './registry/registered-certificate.entity';

export const SCHEMA = 'navigator';

export function createNavigatorDataSource(url: string, counter?: SqlStatementCounter) {
  return createDataSource({
    schema: SCHEMA,
    url,
    counter,
    entities: [ProgramEntity, RegisteredCertificateEntity],
    migrations: [Initial1764000000000, RegisteredCertificates1764400000000],
  });
}
