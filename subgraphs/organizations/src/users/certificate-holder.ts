import { EntityManager } from 'typeorm';
import { EventPayload, Topic } from '@pfdo/contracts';
import { UserEntity } from './user.entity';

/**
 * A certificate's navigator cabinet (docs/domain.md §3, CERTIFICATE_HOLDER): the login is the certificate
 * number; the password was generated where the certificate was issued and only its hash travels here.
 * The account's id is the certificate's id.
 */
export async function createCertificateHolder(
  manager: EntityManager,
  { certificateId, number, passwordHash, childFullName, municipalityId }: EventPayload<typeof Topic.certificateIssued>,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values({
      id: certificateId,
      login: number,
      passwordHash,
      fullName: childFullName,
      role: 'CERTIFICATE_HOLDER',
      organizationId: null,
      municipalityId,
      canViewPersonalData: false,
      canConfirmApplications: false,
    })
    .orIgnore()
    .execute();
}

/** A certificate annulled before activation: its navigator cabinet is closed, with its sessions. */
export async function removeCertificateHolder(
  manager: EntityManager,
  { certificateId }: EventPayload<typeof Topic.certificateAnnulled>,
): Promise<void> {
  await manager.delete(UserEntity, { id: certificateId, role: 'CERTIFICATE_HOLDER' });
}
