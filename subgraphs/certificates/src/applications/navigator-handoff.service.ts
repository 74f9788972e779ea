import { isDeepStrictEqual } from 'node:util';
import { EntityManager } from 'typeorm';
import { NavigatorCertificate, navigatorCertificateRoute } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, domainError, ErrorCode, Identity, mintServiceCredential } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CertificatesConfig } from '../config';
import { CertificatesContext } from '../context';
import { lockApplicationInScope, ProcessingErrorCode } from './application-processing.service';
import { ApplicationEntity } from './application.entity';

export const NavigatorErrorCode = { Unavailable: ErrorCode.NavigatorUnavailable } as const;

/** What the navigator is told about a certificate, as the registry holds it now. */
async function navigatorCopy(manager: EntityManager, identity: Identity, applicationId: string) {
  const application = await lockApplicationInScope(manager, identity, applicationId);
  if (!application.certificateId) {
    throw domainError(
      ProcessingErrorCode.CertificateNotIssued,
      'По заявке ещё нет сертификата: отправлять в ПФДО нечего',
    );
  }
  const certificate = await manager.findOneByOrFail(CertificateEntity, { id: application.certificateId });
  const group = await manager.findOneByOrFail(CertificateGroupEntity, { id: certificate.groupId });
  const copy: NavigatorCertificate = {
    number: certificate.number,
    status: certificate.status,
    municipalityId: certificate.municipalityId,
    groupId: group.id,
    groupName: group.name,
  };
  return { application, certificateId: certificate.id, copy };
}

/** The PUT to the navigator, with no transaction open and no row locked here. */
async function putToNavigator(
  config: CertificatesConfig & { gatewaySecret: string },
  id: string,
  copy: NavigatorCertificate,
) {
  let response: Response;
  try {
    response = await fetch(new URL(navigatorCertificateRoute.path(id), config.navigatorUrl), {
      method: navigatorCertificateRoute.method,
      headers: {
        'content-type': 'application/json',
        [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', config.gatewaySecret),
      },
      body: JSON.stringify(copy),
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
}

/** How many times a hand-over is sent again when the certificate changed while it was being sent. */
const HANDOVER_ATTEMPTS = 3;

/**
 * «Отправить в ПФДО»: hands the application's certificate to the navigator. Sending again updates the
 * navigator's copy (idempotent); a failure is reported and the operator can retry. No network call is made
 * inside a transaction: the copy is read (and the caller's rights checked) in one short transaction, sent
 * with none open, and the hand-over recorded in another, which checks that the certificate did not change
 * meanwhile (if it did, the new copy is sent again, so that the navigator never keeps a stale one).
 */
export async function sendToNavigator(context: CertificatesContext, applicationId: string) {
  const identity: Identity = context.identity!;
  const { config } = context.runtime;
  for (let attempt = 1; attempt <= HANDOVER_ATTEMPTS; attempt += 1) {
    const sent = await context.dataSource.transaction((manager) => navigatorCopy(manager, identity, applicationId));
    await putToNavigator(config, sent.certificateId, sent.copy);
    const recorded = await context.dataSource.transaction(async (manager) => {
      const now = await navigatorCopy(manager, identity, applicationId);
      if (now.certificateId !== sent.certificateId || !isDeepStrictEqual(now.copy, sent.copy)) return null;
      await manager.update(ApplicationEntity, { id: now.application.id }, { sentToNavigatorAt: new Date() });
      await writeAudit(manager, context.caller, {
        action: 'SENT_TO_NAVIGATOR',
        subjectId: now.application.id,
        after: { certificateNumber: sent.copy.number, status: sent.copy.status },
      });
      return manager.findOneByOrFail(ApplicationEntity, { id: now.application.id });
    });
    if (recorded) return recorded;
  }
  throw domainError(
    NavigatorErrorCode.Unavailable,
    'Сертификат меняется прямо сейчас: данные в ПФДО не отправлены. Попробуйте ещё раз',
  );
}
