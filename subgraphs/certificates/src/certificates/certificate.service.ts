import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { domainError, enqueueEvent, hashPassword, isUuid } from '@pfdo/platform';
import { ApplicationStatus } from '../applications/application-status';
import { ApplicationEntity } from '../applications/application.entity';
import {
  eligibleGroups,
  namingDuplicateCertificate,
  refuseIfCertificateExists,
} from '../applications/application.service';
import { newCabinetPassword, newCertificateNumber } from '../applications/numbers';
import { writeAudit } from '../audit/audit';
import { ChildGuardianEntity } from '../children/child.entity';
import { fullNameOf, getOwnChild } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
import { ChildDocumentEntity } from '../documents/child-document.entity';
import { regionDate } from '../shared/age';
import { applicationNotFound, CertificatesErrorCode, invalidFields } from '../shared/errors';
import { insertWithFreshNumber } from '../shared/numbered-insert';
import { CertificateStatus } from './certificate-status';
import { CertificateEntity } from './certificate.entity';

export interface IssueCertificateCommand {
  applicationId: string;
  groupId: string;
  documentId: string;
}

/**
 * «Получить сертификат»: once the e-mail is confirmed, the applicant chooses the group and the document
 * and gets a certificate, not activated until an organization confirms the personal data. The child's
 * navigator cabinet (login: the number) is opened with a generated password, shown here once.
 */
export async function issueCertificate(context: CertificatesContext, command: IssueCertificateCommand) {
  const identity = context.identity!;
  const password = newCabinetPassword();
  const passwordHash = await hashPassword(password);
  const certificate = await namingDuplicateCertificate(
    context,
    context.dataSource.transaction(async (manager) => {
      const application = await lockOwnApplication(manager, identity.userId, command.applicationId);
      if (application.certificateId) {
        const issued = await manager.findOneByOrFail(CertificateEntity, { id: application.certificateId });
        throw domainError(
          CertificatesErrorCode.CertificateAlreadyIssued,
          `Сертификат по этой заявке уже выдан: № ${issued.number}`,
          { certificateNumber: issued.number },
        );
      }
      if (application.status === ApplicationStatus.EMAIL_UNCONFIRMED) {
        throw domainError(
          CertificatesErrorCode.EmailNotConfirmed,
          'Заявка на сертификат не подтверждена: перейдите по ссылке из письма, чтобы подтвердить электронную почту',
        );
      }
      if (application.status === ApplicationStatus.REFUSED) {
        throw domainError(CertificatesErrorCode.ApplicationExists, 'По этой заявке отказано: подайте новую заявку');
      }
      const { child } = await getOwnChild(manager, identity, application.childId, { lock: true });

      const day = regionDate(application.createdAt);
      const groups = await eligibleGroups(manager, child, day);
      const group = isUuid(command.groupId) ? groups.find((candidate) => candidate.id === command.groupId) : undefined;
      const document = isUuid(command.documentId)
        ? await manager.findOneBy(ChildDocumentEntity, { id: command.documentId, childId: child.id })
        : null;
      const errors: Record<string, string> = {};
      if (!group)
        errors.groupId =
          'Выберите группу сертификата из предложенных: она должна подходить ребёнку по возрасту и муниципалитету';
      if (!document) errors.documentId = 'Выберите документ ребёнка';
      if (!group || !document) throw invalidFields(errors);

      await refuseIfCertificateExists(manager, child);

      const id = randomUUID();
      await insertWithFreshNumber(
        manager,
        'certificates',
        {
          id,
          status: CertificateStatus.NOT_ACTIVATED,
          municipality_id: child.municipalityId,
          group_id: group.id,
          child_id: child.id,
          application_id: application.id,
          document_id: document.id,
        },
        newCertificateNumber,
      );
      const issued = await manager.findOneByOrFail(CertificateEntity, { id });
      await manager.update(
        ApplicationEntity,
        { id: application.id },
        {
          certificateId: issued.id,
          groupId: group.id,
          documentId: document.id,
        },
      );
      await enqueueEvent(manager, SCHEMA, Topic.certificateIssued, {
        certificateId: issued.id,
        number: issued.number,
        passwordHash,
        childFullName: fullNameOf(child),
        municipalityId: child.municipalityId,
      });
      await writeAudit(manager, context.caller, {
        action: 'CERTIFICATE_ISSUED',
        // Recorded on the application, whose history it belongs to; the certificate is named in it.
        subjectId: application.id,
        after: { certificateId: issued.id, number: issued.number, status: issued.status, groupId: group.id },
      });
      return issued;
    }),
  );
  context.runtime.relay.nudge();
  return { certificate, password };
}

/** The application, locked, if the caller applied or is a guardian of its child; otherwise not found. */
async function lockOwnApplication(manager: EntityManager, userId: string, applicationId: string) {
  if (!isUuid(applicationId)) throw applicationNotFound();
  const application = await manager.findOne(ApplicationEntity, {
    where: { id: applicationId },
    lock: { mode: 'pessimistic_write' },
  });
  const own =
    application &&
    (application.applicantUserId === userId ||
      (await manager.countBy(ChildGuardianEntity, { childId: application.childId, userId })) > 0);
  if (!application || !own) throw applicationNotFound();
  return application;
}
