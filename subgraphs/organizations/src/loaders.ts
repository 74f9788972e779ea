import { DataSource, In } from 'typeorm';
import { byKeyLoader, groupedLoader } from '@pfdo/platform';
import { MunicipalityEntity } from './municipalities/municipality.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { ApiKeyOperationEntity } from './partners/api-key-operation.entity';
import { UserEntity } from './users/user.entity';

/** Per-request loaders: every entity this subgraph resolves by key, and its lists, one query per batch. */
export function createLoaders(dataSource: DataSource) {
  const municipalities = dataSource.getRepository(MunicipalityEntity);
  const organizations = dataSource.getRepository(OrganizationEntity);
  const users = dataSource.getRepository(UserEntity);
  return {
    municipalityById: byKeyLoader(
      (ids: readonly string[]) => municipalities.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    organizationById: byKeyLoader(
      (ids: readonly string[]) => organizations.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    organizationsByMunicipality: groupedLoader(
      (ids: readonly string[]) =>
        organizations.find({ where: { municipalityId: In([...ids]) }, order: { name: 'ASC' } }),
      (row) => row.municipalityId as string,
    ),
    /** A key's registered operations, newest first. */
    operationsByKey: groupedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(ApiKeyOperationEntity)
          .find({ where: { keyId: In([...ids]) }, order: { createdAt: 'DESC', sha256: 'ASC' } }),
      (row) => row.keyId,
    ),
    userById: byKeyLoader(
      (ids: readonly string[]) => users.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
