import { EntityManager } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { domainError, enqueueEvent, ErrorCode, Identity, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { actsInMunicipality } from '../authorization';
import { CertificateStatus } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
import { applicationNotFound, invalidFields } from '../shared/errors';
import { confirmedApplicationMail, requestApplicationStatusMail } from '../status-mails/status-mail';
import { certificateStillInScope } from './allowed-actions';
import { ApplicationAction, nextStatus } from './application-state';
import { ApplicationKind } from './application-status';
import { ApplicationEntity } from './application.entity';
import { applyConfirmedApplication } from './requested-changes';

export const ProcessingErrorCode = {
  CertificateNotIssued: ErrorCode.CertificateNotIssued,
} as const;

/**
 * The application, locked for this transaction, if the caller works in its municipality; otherwise it is
 * not found, so that an operator of another municipality cannot even learn that it exists.
 */
export async function lockApplicationInScope(
  manager: EntityManager,
  identity: Identity,
  applicationId: string,
): Promise<ApplicationEntity> {
  if (!isUuid(applicationId)) throw applicationNotFound();
  const application = await manager.findOne(ApplicationEntity, {
    where: { id: applicationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!application || !actsInMunicipality(identity, application.municipalityId)) throw applicationNotFound();
  return application;
}

/** Refuses a change application whose certificate has moved since (see `certificateStillInScope`). */
async function assertCertificateStillInScope(manager: EntityManager, application: ApplicationEntity): Promise<void> {
  if (application.kind === ApplicationKind.NEW_CERTIFICATE || !application.certificateId) return;
  const certificate = await manager.findOne(CertificateEntity, {
    where: { id: application.certificateId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!certificateStillInScope(application, certificate?.municipalityId ?? null)) {
    throw domainError(
      ErrorCode.Forbidden,
      'Сертификат по заявке уже передан в другой муниципалитет: изменить его может только тот муниципалитет. Откажите в заявке',
    );
  }
}

/** «Документы получены»: the organization has the signed application form and the documents. */
export async function recordDocumentsReceived(context: CertificatesContext, applicationId: string) {
  const identity = context.identity!;
  const received = await context.dataSource.transaction(async (manager) => {
    const application = await lockApplicationInScope(manager, identity, applicationId);
    const status = nextStatus(application.status, ApplicationAction.RECEIVE_DOCUMENTS);
    const receivedAt = new Date();
    await manager.update(
      ApplicationEntity,
      { id: application.id },
      {
        status,
        documentsReceivedAt: receivedAt,
        receivedByOrganizationId: identity.organizationId,
      },
    );
    await writeAudit(manager, context.caller, {
      action: 'DOCUMENTS_RECEIVED',
      subjectId: application.id,
      before: { status: application.status },
      after: { status, documentsReceivedAt: receivedAt.toISOString(), organizationId: identity.organizationId },
    });
    await requestApplicationStatusMail(manager, application, 'DOCUMENTS_RECEIVED');
    return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
  });
  context.runtime.relay.nudge();
  return received;
}

/** «Подтвердить персональные данные»: the application is confirmed and its certificate activated. */
export async function confirmPersonalData(context: CertificatesContext, applicationId: string) {
  const identity = context.identity!;
  const confirmed = await context.dataSource.transaction(async (manager) => {
    const application = await lockApplicationInScope(manager, identity, applicationId);
    const status = nextStatus(application.status, ApplicationAction.CONFIRM_PERSONAL_DATA);
    if (!application.certificateId) {
      throw domainError(
        ProcessingErrorCode.CertificateNotIssued,
        'Сертификат по заявке ещё не получен: заявитель должен нажать «Получить сертификат» в личном кабинете',
      );
    }
    await assertCertificateStillInScope(manager, application);
    const processedAt = new Date();
    await manager.update(
      ApplicationEntity,
      { id: application.id },
      { status, processedAt, processedByUserId: identity.userId },
    );
    const effect = await applyConfirmedApplication(manager, application, identity);
    await writeAudit(manager, context.caller, {
      action: 'PERSONAL_DATA_CONFIRMED',
      subjectId: application.id,
      before: { status: application.status },
      after: { status },
    });
    await writeAudit(manager, context.caller, {
      action: 'CERTIFICATE_CHANGED',
      subjectId: application.certificateId,
      before: effect.before,
      after: { ...effect.after, applicationId: application.id, kind: application.kind },
    });
    const mail = await confirmedApplicationMail(manager, application);
    await requestApplicationStatusMail(manager, application, mail.kind, mail.facts);
    return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
  });
  context.runtime.relay.nudge();
  return confirmed;
}

/** «Отказать»: the application is refused for a stated reason; its certificate, if any, stops being live. */
export async function refuseApplication(context: CertificatesContext, applicationId: string, rawReason: string) {
  const identity = context.identity!;
  const reason = rawReason.trim().replace(/\s+/g, ' ');
  if (reason.length < 3) throw invalidFields({ reason: 'Укажите причину отказа' });
  if (reason.length > 1000) throw invalidFields({ reason: 'Причина отказа: не более 1000 символов' });
  const refused = await context.dataSource.transaction(async (manager) => {
    const application = await lockApplicationInScope(manager, identity, applicationId);
    const status = nextStatus(application.status, ApplicationAction.REFUSE);
    const processedAt = new Date();
    await manager.update(
      ApplicationEntity,
      { id: application.id },
      {
        status,
        refusalReason: reason,
        processedAt,
        processedByUserId: identity.userId,
      },
    );
    if (application.certificateId && application.kind === ApplicationKind.NEW_CERTIFICATE) {
      // A certificate issued on a refused application never became valid: it is annulled, its navigator
      // cabinet closed, and the child may apply again (docs/domain.md §4).
      await manager.update(
        CertificateEntity,
        { id: application.certificateId },
        { status: CertificateStatus.ANNULLED },
      );
      await enqueueEvent(manager, SCHEMA, Topic.certificateAnnulled, { certificateId: application.certificateId });
    }
    await writeAudit(manager, context.caller, {
      action: 'APPLICATION_REFUSED',
      subjectId: application.id,
      before: { status: application.status },
      after: { status, reason },
    });
    // A refused change names the certificate it was for; a refused new certificate's number means nothing now.
    const changed =
      application.kind !== ApplicationKind.NEW_CERTIFICATE && application.certificateId
        ? await manager.findOneBy(CertificateEntity, { id: application.certificateId })
        : null;
    await requestApplicationStatusMail(manager, application, 'APPLICATION_REFUSED', {
      reason,
      certificateNumber: changed?.number,
    });
    return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
  });
  context.runtime.relay.nudge();
  return refused;
}
