import { DataSource, In } from 'typeorm';
import { byKeyLoader, groupedLoader } from '@pfdo/platform';
import { ProgramEntity } from './programs/program.entity';
import { RegisteredCertificateEntity } from './registry/registered-certificate.entity';

/** Per-request loaders: every entity this subgraph resolves by key, and its lists, one query per batch. */
export function createLoaders(dataSource: DataSource) {
  const programs = dataSource.getRepository(ProgramEntity);
  const certificates = dataSource.getRepository(RegisteredCertificateEntity);
  return {
    registeredCertificateById: byKeyLoader(
      (ids: readonly string[]) => certificates.findBy({ certificateId: In([...ids]) }),
      (row) => row.certificateId,
    ),
    programById: byKeyLoader(
      (ids: readonly string[]) => programs.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    programsByOrganization: groupedLoader(
      (ids: readonly string[]) => programs.find({ where: { organizationId: In([...ids]) }, order: { title: 'ASC' } }),
      (row) => row.organizationId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
