import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, Identity, isUuid } from '@pfdo/platform';
import { actsInMunicipality } from '../authorization';
import { CertificateEntity } from './certificate.entity';

export const certificateNotFound = () =>
  domainError(ErrorCode.NotFound, 'Сертификат не найден', { field: 'certificateId' });

/**
 * The certificate, if the caller acts in its municipality (the regional operator: in any); otherwise not
 * found, as another municipality's records are. Locked for the caller's transaction when asked.
 */
export async function certificateInScope(
  manager: EntityManager,
  identity: Identity,
  certificateId: string,
  options: { lock?: boolean } = {},
): Promise<CertificateEntity> {
  if (!isUuid(certificateId)) throw certificateNotFound();
  const certificate = await manager.findOne(CertificateEntity, {
    where: { id: certificateId },
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!certificate || !actsInMunicipality(identity, certificate.municipalityId)) throw certificateNotFound();
  return certificate;
}
