import { DataSource, In } from 'typeorm';
import { byKeyLoader } from '@pfdo/platform';
import { EmailConfirmationEntity } from './confirmations/email-confirmation.entity';

/** Per-request loaders: every entity this subgraph resolves by key, one query per batch. */
export function createLoaders(dataSource: DataSource) {
  const confirmations = dataSource.getRepository(EmailConfirmationEntity);
  return {
    emailConfirmationById: byKeyLoader(
      (ids: readonly string[]) => confirmations.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    /** The latest confirmation of each application (a resend makes a new one). */
    latestEmailConfirmationByApplication: byKeyLoader(
      (ids: readonly string[]) =>
        confirmations
          .createQueryBuilder('confirmation')
          .distinctOn(['confirmation.application_id'])
          .where('confirmation.application_id IN (:...ids)', { ids: [...ids] })
          .orderBy('confirmation.application_id')
          .addOrderBy('confirmation.created_at', 'DESC')
          .getMany(),
      (row) => row.applicationId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
