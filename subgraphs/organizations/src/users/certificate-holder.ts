import { EntityManager } from 'typeorm';
import { CertificateHolderPassword, EventPayload, Topic } from '@pfdo/contracts';
import { SessionEntity } from '../auth/session.entity';
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

/**
 * «Сформировать новую выписку/Изменить пароль»: the cabinet's new password (its hash), and every session of
 * it ended in the same transaction (the tables' triggers tell the gateways). A cabinet whose
 * `certificate.issued` has not arrived yet is created here; the event then finds it and changes nothing.
 */
export async function changeCertificateHolderPassword(
  manager: EntityManager,
  certificateId: string,
  { number, passwordHash, childFullName, municipalityId }: CertificateHolderPassword,
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
    .orUpdate(['password_hash'], ['id'])
    .execute();
  await manager.delete(SessionEntity, { userId: certificateId });
}
