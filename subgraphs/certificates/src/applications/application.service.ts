import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventPayload, Topic } from '@pfdo/contracts';
import { domainError, enqueueEvent, Identity } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { ChildEntity } from '../children/child.entity';
import { getOwnChild } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
import { ChildDocumentEntity } from '../documents/child-document.entity';
import { ageOn, regionDate } from '../shared/age';
import { CertificatesErrorCode, formatRegionDate, invalidFields } from '../shared/errors';
import { insertWithFreshNumber } from '../shared/numbered-insert';
import { ApplicationKind, ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { findLiveCertificateOfSameChild } from './duplicates';
import { newApplicationNumber } from './numbers';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function normalizeEmail(raw: string): string {
  const email = raw.trim();
  if (!email) throw invalidFields({ email: 'Укажите адрес электронной почты' });
  if (email.length > 254 || !EMAIL.test(email))
    throw invalidFields({ email: 'Адрес электронной почты указан неверно' });
  return email;
}

/** A live certificate of the same child was found: refused once the transaction has rolled back. */
class LiveCertificateFound extends Error {
  constructor(
    readonly number: string,
    readonly municipalityId: string,
  ) {
    super(`a live certificate ${number} of the same child exists`);
  }
}

/**
 * Refuses a second certificate for a child who has a live one anywhere in the region (docs/domain.md §6.1). Call
 * it inside a transaction wrapped by namingDuplicateCertificate: the refusal names the municipality, which
 * the organizations subgraph owns, and that call is made after the transaction, not under its locks.
 */
export async function refuseIfCertificateExists(manager: EntityManager, child: ChildEntity): Promise<void> {
  const existing = await findLiveCertificateOfSameChild(manager, child);
  if (existing) throw new LiveCertificateFound(existing.number, existing.municipalityId);
}

/** Runs a transaction that may refuse a second certificate, and words that refusal once it has rolled back. */
export async function namingDuplicateCertificate<T>(context: CertificatesContext, transaction: Promise<T>): Promise<T> {
  try {
    return await transaction;
  } catch (error) {
    if (!(error instanceof LiveCertificateFound)) throw error;
    const municipality = await context.runtime.municipalities.nameOf(error.municipalityId);
    throw domainError(
      CertificatesErrorCode.DuplicateCertificate,
      `Ребёнку уже выдан сертификат № ${error.number} в муниципалитете ${municipality}`,
      { certificateNumber: error.number },
    );
  }
}

/** Groups of the child's municipality open to new certificates whose age range fits the child on `day`. */
export async function eligibleGroups(manager: EntityManager, child: ChildEntity, day: string) {
  const age = ageOn(child.birthDate, day);
  const groups = await manager.find(CertificateGroupEntity, {
    where: { municipalityId: child.municipalityId, blocked: false },
    order: { name: 'ASC' },
  });
  return groups.filter((group) => age >= group.minAge && age < group.maxAge);
}

/**
 * «Отправить заявку»: an application for a new certificate, waiting for the applicant to confirm the
 * e-mail. The request for the confirmation e-mail is written in the same transaction.
 */
export async function submitApplication(context: CertificatesContext, childId: string, rawEmail: string) {
  const identity: Identity = context.identity!;
  const email = normalizeEmail(rawEmail);
  const application = await namingDuplicateCertificate(
    context,
    context.dataSource.transaction(async (manager) => {
      const { child, relation } = await getOwnChild(manager, identity, childId, { lock: true });

      const open = await manager.findOne(ApplicationEntity, {
        where: { childId: child.id, kind: ApplicationKind.NEW_CERTIFICATE },
        order: { createdAt: 'DESC' },
      });
      if (open && !open.certificateId && open.status !== ApplicationStatus.REFUSED) {
        throw domainError(
          CertificatesErrorCode.ApplicationExists,
          `На ребёнка уже подана заявка № ${open.number} от ${formatRegionDate(open.createdAt)}`,
          { applicationNumber: open.number },
        );
      }
      await refuseIfCertificateExists(manager, child);

      if ((await manager.countBy(ChildDocumentEntity, { childId: child.id })) === 0) {
        throw domainError(
          CertificatesErrorCode.DocumentRequired,
          'Для получения сертификата необходимо добавить свидетельство о рождении или паспорт в документы ребенка',
        );
      }
      if ((await eligibleGroups(manager, child, regionDate())).length === 0) {
        throw domainError(
          CertificatesErrorCode.AgeNotEligible,
          `В муниципалитете ребёнка нет группы сертификата для возраста ${ageOn(child.birthDate, regionDate())} лет: сертификат выдаётся детям от 5 до 18 лет`,
        );
      }

      const id = randomUUID();
      await insertWithFreshNumber(
        manager,
        'applications',
        {
          id,
          kind: ApplicationKind.NEW_CERTIFICATE,
          status: ApplicationStatus.EMAIL_UNCONFIRMED,
          municipality_id: child.municipalityId,
          child_id: child.id,
          applicant_user_id: identity.userId,
          applicant_name: identity.fullName,
          applicant_email: email,
          applicant_is_child: relation === 'SELF',
        },
        newApplicationNumber,
      );
      const saved = await manager.findOneByOrFail(ApplicationEntity, { id });
      await enqueueEvent(manager, SCHEMA, Topic.emailConfirmationRequested, {
        applicationId: saved.id,
        applicationNumber: saved.number,
        municipalityId: saved.municipalityId,
        email,
        requestedByUserId: identity.userId,
      });
      await writeAudit(manager, context.caller, {
        action: 'APPLICATION_SUBMITTED',
        subjectId: saved.id,
        after: { number: saved.number, status: saved.status, childId: child.id },
      });
      return saved;
    }),
  );
  context.runtime.relay.nudge();
  return application;
}

/** The e-mail subgraph reports a confirmed address: the application is now «Заявка не подтверждена». */
export async function markEmailConfirmed(
  manager: EntityManager,
  { applicationId, confirmedAt }: EventPayload<typeof Topic.emailConfirmed>,
): Promise<void> {
  const updated: Array<{ id: string }> = await manager.query(
    `UPDATE certificates.applications SET status = 'SUBMITTED', email_confirmed_at = $2
      WHERE id = $1 AND status = 'EMAIL_UNCONFIRMED' RETURNING id`,
    [applicationId, confirmedAt],
  );
  if (updated.length === 0) return;
  await writeAudit(manager, null, {
    action: 'APPLICATION_EMAIL_CONFIRMED',
    subjectId: applicationId,
    before: { status: 'EMAIL_UNCONFIRMED' },
    after: { status: 'SUBMITTED', emailConfirmedAt: confirmedAt },
  });
}
