import { EntityManager } from 'typeorm';
import { EnqueuedPayload, StatusMailKind, Topic } from '@pfdo/contracts';
import { enqueueEvent } from '@pfdo/platform';
import { ApplicationKind } from '../applications/application-status';
import { ApplicationEntity } from '../applications/application.entity';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { SCHEMA } from '../data-source';

type StatusMail = EnqueuedPayload<typeof Topic.statusMailRequested>;
type Facts = Pick<StatusMail, 'certificateNumber' | 'reason' | 'groupName'>;

interface Recipient {
  to: string;
  userId: string;
  applicationNumber: string;
}

/** The applicant of this application, if he confirmed its e-mail (the citizen portal's applications). */
function applicantOf(application: ApplicationEntity): Recipient | null {
  if (!application.applicantEmail || !application.emailConfirmedAt || !application.applicantUserId) return null;
  return { to: application.applicantEmail, userId: application.applicantUserId, applicationNumber: application.number };
}

/**
 * The certificate's representative: the applicant of its latest application with a confirmed e-mail, as for
 * the e-mailed extract. An address nobody confirmed is never written to.
 */
async function representativeOf(manager: EntityManager, certificateId: string): Promise<Recipient | null> {
  const rows: Recipient[] = await manager.query(
    `SELECT applicant_email AS "to", applicant_user_id AS "userId", number AS "applicationNumber"
       FROM certificates.applications
      WHERE certificate_id = $1 AND applicant_email IS NOT NULL AND email_confirmed_at IS NOT NULL
        AND applicant_user_id IS NOT NULL
      ORDER BY email_confirmed_at DESC, id
      LIMIT 1`,
    [certificateId],
  );
  return rows[0] ?? null;
}

async function write(manager: EntityManager, recipient: Recipient | null, kind: StatusMailKind, facts: Facts) {
  if (!recipient) return false;
  const defined = Object.fromEntries(
    Object.entries(facts).filter(([, value]) => value !== undefined && value !== null),
  );
  await enqueueEvent(manager, SCHEMA, Topic.statusMailRequested, { kind, ...recipient, ...defined });
  return true;
}

/**
 * A step of an application, for its applicant's confirmed e-mail; a change application entered by an
 * organization goes to the certificate's representative. In the caller's transaction; nothing when nobody
 * confirmed an address. The subject names this application's number.
 */
export async function requestApplicationStatusMail(
  manager: EntityManager,
  application: ApplicationEntity,
  kind: StatusMailKind,
  facts: Facts = {},
): Promise<boolean> {
  let recipient = applicantOf(application);
  if (!recipient && application.certificateId) {
    const representative = await representativeOf(manager, application.certificateId);
    recipient = representative && { ...representative, applicationNumber: application.number };
  }
  return write(manager, recipient, kind, facts);
}

/** A step of a certificate («Заморозить», a new extract), for its representative; the subject names his application. */
export async function requestCertificateStatusMail(
  manager: EntityManager,
  certificate: CertificateEntity,
  kind: StatusMailKind,
  facts: Facts = {},
): Promise<boolean> {
  return write(manager, await representativeOf(manager, certificate.id), kind, {
    certificateNumber: certificate.number,
    ...facts,
  });
}

/** What a confirmed application did, as the applicant's e-mail tells it (see `applyConfirmedApplication`). */
export async function confirmedApplicationMail(
  manager: EntityManager,
  application: ApplicationEntity,
): Promise<{ kind: StatusMailKind; facts: Facts }> {
  const certificate = await manager.findOneByOrFail(CertificateEntity, { id: application.certificateId! });
  const groupName = async () =>
    (await manager.findOneByOrFail(CertificateGroupEntity, { id: application.requestedChanges!.groupId! })).name;
  switch (application.kind) {
    case ApplicationKind.NEW_CERTIFICATE:
      return { kind: 'CERTIFICATE_ACTIVATED', facts: { certificateNumber: certificate.number } };
    case ApplicationKind.CHANGE_MUNICIPALITY:
      return {
        kind: 'MUNICIPALITY_CHANGED',
        facts: { certificateNumber: certificate.number, groupName: await groupName() },
      };
    case ApplicationKind.CHANGE_GROUP:
      return { kind: 'GROUP_CHANGED', facts: { certificateNumber: certificate.number, groupName: await groupName() } };
    case ApplicationKind.CLARIFY_PERSONAL_DATA:
      return { kind: 'PERSONAL_DATA_CLARIFIED', facts: { certificateNumber: certificate.number } };
  }
}
