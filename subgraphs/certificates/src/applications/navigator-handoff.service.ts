import { CREDENTIAL_HEADER, domainError, Identity, mintServiceCredential } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CertificatesContext } from '../context';
import { lockApplicationInScope, ProcessingErrorCode } from './application-processing.service';
import { ApplicationEntity } from './application.entity';

export const NavigatorErrorCode = { Unavailable: 'NAVIGATOR_UNAVAILABLE' } as const;

/**
 * «Отправить в ПФДО»: hands the application's certificate to the navigator. Sending again updates the
 * navigator's copy (idempotent); a failure is reported and the operator can retry.
 */
export async function sendToNavigator(context: CertificatesContext, applicationId: string) {
  const identity: Identity = context.identity!;
  const { config } = context.runtime;
  return context.dataSource.transaction(async (manager) => {
    const application = await lockApplicationInScope(manager, identity, applicationId);
    if (!application.certificateId) {
      throw domainError(
        ProcessingErrorCode.CertificateNotIssued,
        'По заявке ещё нет сертификата: отправлять в ПФДО нечего',
      );
    }
    const certificate = await manager.findOneByOrFail(CertificateEntity, { id: application.certificateId });
    const group = await manager.findOneByOrFail(CertificateGroupEntity, { id: certificate.groupId });
    let response: Response;
    try {
      response = await fetch(new URL(`/internal/certificates/${certificate.id}`, config.navigatorUrl), {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', config.gatewaySecret),
        },
        body: JSON.stringify({
          number: certificate.number,
          status: certificate.status,
          municipalityId: certificate.municipalityId,
          groupId: group.id,
          groupName: group.name,
        }),
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw domainError(
        NavigatorErrorCode.Unavailable,
        'Не удалось отправить данные в ПФДО: навигатор не отвечает. Попробуйте ещё раз',
      );
    }
    if (!response.ok) {
      throw domainError(
        NavigatorErrorCode.Unavailable,
        `Не удалось отправить данные в ПФДО (ответ ${response.status}). Попробуйте ещё раз`,
      );
    }
    const sentAt = new Date();
    await manager.update(ApplicationEntity, { id: application.id }, { sentToNavigatorAt: sentAt });
    await writeAudit(manager, context.caller, {
      action: 'SENT_TO_NAVIGATOR',
      subjectId: application.id,
      after: { certificateNumber: certificate.number, status: certificate.status },
    });
    return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
  });
}
