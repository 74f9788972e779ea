import { isDeepStrictEqual } from 'node:util';
import { EntityManager } from 'typeorm';
import { NavigatorCertificate, navigatorCertificateRoute } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, domainError, ErrorCode, Identity, mintServiceCredential } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { certificateInScope } from '../certificates/certificate-scope';
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

/** What one hand-over reads, in its first transaction and again in the one that records it. */
interface HandoverCopy {
  certificateId: string;
  copy: NavigatorCertificate;
}

/**
 * Sends the copy `read` makes to the navigator and records it with `record`. No network call is made inside a
 * transaction: the copy is read (and the caller's rights checked) in one short transaction, sent with none
 * open, and the hand-over recorded in another, which checks that the certificate did not change meanwhile (if
 * it did, the new copy is sent again, so that the navigator never keeps a stale one).
 */
async function handOver<T extends HandoverCopy, R>(
  context: CertificatesContext,
  read: (manager: EntityManager) => Promise<T>,
  record: (manager: EntityManager, now: T, at: Date) => Promise<R>,
): Promise<R> {
  const { config } = context.runtime;
  for (let attempt = 1; attempt <= HANDOVER_ATTEMPTS; attempt += 1) {
    const sent = await context.dataSource.transaction(read);
    await putToNavigator(config, sent.certificateId, sent.copy);
    const recorded = await context.dataSource.transaction(async (manager) => {
      const now = await read(manager);
      if (now.certificateId !== sent.certificateId || !isDeepStrictEqual(now.copy, sent.copy)) return null;
      const at = new Date();
      await manager.update(CertificateEntity, { id: now.certificateId }, { sentToNavigatorAt: at });
      return { value: await record(manager, now, at) };
    });
    if (recorded) return recorded.value;
  }
  throw domainError(
    NavigatorErrorCode.Unavailable,
    'Сертификат меняется прямо сейчас: данные в ПФДО не отправлены. Попробуйте ещё раз',
  );
}

/**
 * «Отправить в ПФДО» on an application: hands the application's certificate to the navigator. Sending again
 * updates the navigator's copy (idempotent); a failure is reported and the operator can retry.
 */
export async function sendToNavigator(context: CertificatesContext, applicationId: string) {
  const identity: Identity = context.identity!;
  return handOver(
    context,
    (manager) => navigatorCopy(manager, identity, applicationId),
    async (manager, now, at) => {
      await manager.update(ApplicationEntity, { id: now.application.id }, { sentToNavigatorAt: at });
      await writeAudit(manager, context.caller, {
        action: 'SENT_TO_NAVIGATOR',
        subjectId: now.application.id,
        after: { certificateNumber: now.copy.number, status: now.copy.status },
      });
      return manager.findOneByOrFail(ApplicationEntity, { id: now.application.id });
    },
  );
}

/** The navigator's copy of a certificate reached by its id (the regional operator's re-sending). */
async function certificateCopy(manager: EntityManager, identity: Identity, certificateId: string) {
  const certificate = await certificateInScope(manager, identity, certificateId);
  const group = await manager.findOneByOrFail(CertificateGroupEntity, { id: certificate.groupId });
  const copy: NavigatorCertificate = {
    number: certificate.number,
    status: certificate.status,
    municipalityId: certificate.municipalityId,
    groupId: group.id,
    groupName: group.name,
  };
  return { certificate, certificateId: certificate.id, copy };
}

/**
 * «Отправить в ПФДО» by the regional operator, for a certificate that never reached the navigator: the same
 * hand-over, recorded on the certificate (its history) and on the application that issued it.
 */
export async function sendCertificateToNavigator(context: CertificatesContext, certificateId: string) {
  const identity: Identity = context.identity!;
  return handOver(
    context,
    (manager) => certificateCopy(manager, identity, certificateId),
    async (manager, now, at) => {
      if (now.certificate.applicationId) {
        await manager.update(ApplicationEntity, { id: now.certificate.applicationId }, { sentToNavigatorAt: at });
      }
      await writeAudit(manager, context.caller, {
        action: 'SENT_TO_NAVIGATOR',
        subjectId: now.certificate.id,
        after: { certificateNumber: now.copy.number, status: now.copy.status },
      });
      return manager.findOneByOrFail(CertificateEntity, { id: now.certificate.id });
    },
  );
}
