import { EntityManager } from 'typeorm';
import { domainError, ErrorCode } from '@pfdo/platform';

/**
 * The holder's own changes need the certificate's copy, which the registry hands over to the navigator: refused
 * until it has come (CERTIFICATE_NOT_IN_NAVIGATOR), the message ending with what is not possible yet. `lock` holds
 * the copy (FOR UPDATE) against the same holder's concurrent change of what the caller writes next.
 */
export async function requireRegisteredCopy(
  manager: EntityManager,
  certificateId: string,
  notYet: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<void> {
  const [copy]: unknown[] = await manager.query(
    `SELECT 1 FROM navigator.registered_certificates WHERE certificate_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [certificateId],
  );
  if (!copy) {
    throw domainError(
      ErrorCode.CertificateNotInNavigator,
      `Данные сертификата ещё не поступили в навигатор из реестра сертификатов: ${notYet}`,
    );
  }
}
