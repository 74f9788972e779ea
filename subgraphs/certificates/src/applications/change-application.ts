import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Caller, domainError, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CertificateEntity } from '../certificates/certificate.entity';
import { ChildEntity } from '../children/child.entity';
import { validateDocument } from '../documents/document-validation';
import { regionDate } from '../shared/age';
import { CertificatesErrorCode } from '../shared/errors';
import { insertWithFreshNumber } from '../shared/numbered-insert';
import { ApplicationKind, ApplicationStatus } from './application-status';
import { ApplicationEntity, RequestedChanges } from './application.entity';
import { eligibleGroups } from './application.service';
import { validateChildData } from './child-data';
import { newApplicationNumber } from './numbers';
import { ChildDataInput, DocumentDataInput } from './organization-application.types';

type Fields = Record<string, string>;

/** The municipality's group for a child of this age, or a refusal of `groupId` in `errors`. */
export async function groupFor(
  manager: EntityManager,
  municipalityId: string,
  groupId: string | null | undefined,
  birthDate: string,
  errors: Fields,
) {
  const groups = await eligibleGroups(
    manager,
    Object.assign(new ChildEntity(), { municipalityId, birthDate }),
    regionDate(),
  );
  const group = groups.find((candidate) => candidate.id === groupId);
  if (!group) errors.groupId = 'Выберите группу сертификата муниципалитета, подходящую ребёнку по возрасту';
  return group ?? null;
}

/** What a change application asks for: the operator's «Создать заявку» and the parent's own request alike. */
export interface ChangeRequest {
  kind: ApplicationKind;
  /** Where the application is filed: for a change of municipality, the new one. */
  municipalityId: string;
  groupId?: string | null;
  child?: ChildDataInput | null;
  document?: DocumentDataInput | null;
}

/** Who files it, as the application keeps it. */
export interface ChangeApplicant {
  name: string;
  email: string | null;
  phone: string | null;
  isChild: boolean;
  /** A citizen filing from his cabinet (he then sees it in «История заявок»); null for an organization. */
  userId: string | null;
  organizationId: string | null;
}

/**
 * The changes the request asks of this certificate, each checked as the registry will apply it (docs/domain.md
 * §5): a new municipality with a group of it, another group of the same municipality, or the clarified personal
 * data (and document). What is wrong goes to `errors`, by field.
 */
export async function requestedChanges(
  manager: EntityManager,
  request: ChangeRequest,
  certificate: CertificateEntity,
  child: ChildEntity,
  errors: Fields,
): Promise<RequestedChanges> {
  const changes: RequestedChanges = {};
  if (!isUuid(request.municipalityId)) return changes;
  if (request.kind === ApplicationKind.CHANGE_MUNICIPALITY) {
    if (request.municipalityId === certificate.municipalityId)
      errors.municipalityId = 'Выберите новый муниципалитет: сертификат уже в этом';
    const group = await groupFor(manager, request.municipalityId, request.groupId, child.birthDate, errors);
    return Object.assign(changes, { municipalityId: request.municipalityId, groupId: group?.id });
  }
  if (request.municipalityId !== certificate.municipalityId)
    errors.municipalityId = 'Сертификат выдан в другом муниципалитете';
  if (request.kind === ApplicationKind.CHANGE_GROUP) {
    const group = await groupFor(manager, certificate.municipalityId, request.groupId, child.birthDate, errors);
    if (group?.id === certificate.groupId) errors.groupId = 'Сертификат уже в этой группе';
    changes.groupId = group?.id;
    return changes;
  }
  const data = request.child ? validateChildData(request.child) : null;
  if (!data) errors.child = 'Укажите уточнённые данные ребёнка';
  else if (!data.ok) Object.assign(errors, data.errors);
  else changes.child = data.value;
  if (request.document && data?.ok) {
    const document = validateDocument(
      { ...request.document, comment: '' },
      { birthDate: data.value.birthDate },
      regionDate(),
    );
    if (!document.ok)
      for (const [field, message] of Object.entries(document.errors)) errors[`document.${field}`] = message;
    else changes.document = document.value;
  }
  return changes;
}

/**
 * Writes the change application, SUBMITTED, with its audit; one open application of a kind per certificate
 * (APPLICATION_EXISTS names the one that is). The certificate is locked by the caller's transaction.
 */
export async function insertChangeApplication(
  manager: EntityManager,
  caller: Caller,
  kind: ApplicationKind,
  municipalityId: string,
  certificate: CertificateEntity,
  child: ChildEntity,
  changes: RequestedChanges,
  applicant: ChangeApplicant,
): Promise<ApplicationEntity> {
  const open = await manager.findOneBy(ApplicationEntity, {
    certificateId: certificate.id,
    kind,
    status: ApplicationStatus.SUBMITTED,
  });
  if (open)
    throw domainError(
      CertificatesErrorCode.ApplicationExists,
      `По этому сертификату уже подана такая заявка № ${open.number}`,
    );

  const id = randomUUID();
  await insertWithFreshNumber(
    manager,
    'applications',
    {
      id,
      kind,
      status: ApplicationStatus.SUBMITTED,
      municipality_id: municipalityId,
      source_municipality_id: kind === ApplicationKind.CHANGE_MUNICIPALITY ? certificate.municipalityId : null,
      child_id: child.id,
      certificate_id: certificate.id,
      applicant_user_id: applicant.userId,
      applicant_name: applicant.name,
      applicant_email: applicant.email,
      applicant_phone: applicant.phone,
      applicant_is_child: applicant.isChild,
      document_id: certificate.documentId,
      group_id: changes.groupId ?? certificate.groupId,
      requested_changes: JSON.stringify(changes),
      created_by_organization_id: applicant.organizationId,
    },
    newApplicationNumber,
  );
  const created = await manager.findOneByOrFail(ApplicationEntity, { id });
  await writeAudit(manager, caller, {
    action: 'APPLICATION_SUBMITTED',
    subjectId: id,
    after: {
      number: created.number,
      status: created.status,
      kind: created.kind,
      certificateNumber: certificate.number,
      changes,
    },
  });
  return created;
}
