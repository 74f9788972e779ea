import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { enqueueEvent, hashPassword, Identity, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { actsInMunicipality, assertActsInMunicipality } from '../authorization';
import { CertificateStatus, LIVE_CERTIFICATE_STATUSES } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { ChildEntity } from '../children/child.entity';
import { fullNameOf } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
import { ChildDocumentEntity } from '../documents/child-document.entity';
import { validateDocument } from '../documents/document-validation';
import { ageOn, regionDate } from '../shared/age';
import { invalidFields } from '../shared/errors';
import { insertWithFreshNumber } from '../shared/numbered-insert';
import { ApplicationKind, ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { normalizeEmail, namingDuplicateCertificate, refuseIfCertificateExists } from './application.service';
import { groupFor, insertChangeApplication, requestedChanges } from './change-application';
import { validateChildData } from './child-data';
import { newApplicationNumber, newCabinetPassword, newCertificateNumber } from './numbers';
import { CreateApplicationInput } from './organization-application.types';

type Fields = Record<string, string>;

function checkCommon(input: CreateApplicationInput, errors: Fields): void {
  if (!input.consentToPersonalDataProcessing)
    errors.consentToPersonalDataProcessing = 'Необходимо согласие на обработку персональных данных';
  if (!input.consentToRules)
    errors.consentToRules = 'Необходимо согласие с правилами персонифицированного финансирования';
  if (!input.childAppliesHimself && !input.applicantName?.trim()) errors.applicantName = 'Укажите ФИО заявителя';
  if (input.applicantEmail?.trim()) {
    try {
      normalizeEmail(input.applicantEmail);
    } catch {
      errors.applicantEmail = 'Адрес электронной почты указан неверно';
    }
  }
  if (!isUuid(input.municipalityId)) errors.municipalityId = 'Выберите муниципалитет';
}

/** Serialises concurrent applications for the same child, known here only by document and by name. */
async function lockChildIdentity(manager: EntityManager, keys: string[]): Promise<void> {
  for (const key of [...keys].sort()) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}

/**
 * «Создать заявку» in a reception organization's cabinet (docs/domain.md §5): the application is SUBMITTED at
 * once. For a new certificate the child, the document and the certificate are created with it, and the
 * organization gets an e-mail with the filled form and the child's navigator login and password.
 */
export async function createApplication(context: CertificatesContext, input: CreateApplicationInput) {
  const identity: Identity = context.identity!;
  const errors: Fields = {};
  checkCommon(input, errors);
  // The application is created in input.municipalityId (for a change of municipality, the new one): the caller's own.
  if (isUuid(input.municipalityId)) assertActsInMunicipality(identity, input.municipalityId);
  if (input.kind === ApplicationKind.NEW_CERTIFICATE)
    return createNewCertificateApplication(context, identity, input, errors);
  return createChangeApplication(context, identity, input, errors);
}

async function createNewCertificateApplication(
  context: CertificatesContext,
  identity: Identity,
  input: CreateApplicationInput,
  errors: Fields,
) {
  const child = input.child ? validateChildData(input.child) : null;
  if (!child) errors.child = 'Укажите данные ребёнка';
  else if (!child.ok) Object.assign(errors, child.errors);
  const birthDate = child?.ok ? child.value.birthDate : null;
  const document =
    input.document && birthDate
      ? validateDocument({ ...input.document, comment: '' }, { birthDate }, regionDate())
      : null;
  if (!input.document) errors.document = 'Укажите документ ребёнка';
  else if (document && !document.ok)
    for (const [field, message] of Object.entries(document.errors)) errors[`document.${field}`] = message;
  if (birthDate && input.childAppliesHimself && ageOn(birthDate, regionDate()) < 14) {
    errors.childAppliesHimself = 'Самостоятельно подаёт заявление только ребёнок, достигший 14 лет';
  }
  const password = newCabinetPassword();
  const passwordHash = await hashPassword(password);

  const created = await namingDuplicateCertificate(
    context,
    context.dataSource.transaction(async (manager) => {
      const group =
        birthDate && isUuid(input.municipalityId)
          ? await groupFor(manager, input.municipalityId, input.groupId, birthDate, errors)
          : null;
      if (Object.keys(errors).length || !child?.ok || !document?.ok || !group) throw invalidFields(errors);
      const childData = child.value;
      const documentData = document.value;
      await lockChildIdentity(manager, [
        `document:${documentData.type}:${documentData.series}:${documentData.number}`,
        `child:${childData.surname}:${childData.name}:${childData.patronymic}:${childData.birthDate}`.toLowerCase(),
      ]);

      const childRow = manager.create(ChildEntity, {
        id: randomUUID(),
        ...childData,
        municipalityId: input.municipalityId,
      });
      await manager.insert(ChildEntity, childRow);
      const documentRow = manager.create(ChildDocumentEntity, {
        id: randomUUID(),
        childId: childRow.id,
        ...documentData,
        scanId: null,
        createdByUserId: identity.userId,
        createdByOrganizationId: identity.organizationId,
      });
      await manager.insert(ChildDocumentEntity, documentRow);
      await refuseIfCertificateExists(manager, childRow);

      const applicationId = randomUUID();
      const applicantName = input.childAppliesHimself
        ? fullNameOf(childData)
        : input.applicantName!.trim().replace(/\s+/g, ' ');
      await insertWithFreshNumber(
        manager,
        'applications',
        {
          id: applicationId,
          kind: ApplicationKind.NEW_CERTIFICATE,
          status: ApplicationStatus.SUBMITTED,
          municipality_id: input.municipalityId,
          child_id: childRow.id,
          applicant_name: applicantName,
          applicant_email: input.applicantEmail?.trim() || null,
          applicant_phone: input.applicantPhone?.trim() || null,
          applicant_is_child: input.childAppliesHimself,
          document_id: documentRow.id,
          group_id: group.id,
          created_by_organization_id: identity.organizationId,
        },
        newApplicationNumber,
      );
      const certificateId = randomUUID();
      await insertWithFreshNumber(
        manager,
        'certificates',
        {
          id: certificateId,
          status: CertificateStatus.NOT_ACTIVATED,
          municipality_id: input.municipalityId,
          group_id: group.id,
          child_id: childRow.id,
          application_id: applicationId,
          document_id: documentRow.id,
        },
        newCertificateNumber,
      );
      await manager.update(ApplicationEntity, { id: applicationId }, { certificateId });
      const application = await manager.findOneByOrFail(ApplicationEntity, { id: applicationId });
      const certificate = await manager.findOneByOrFail(CertificateEntity, { id: certificateId });

      await enqueueEvent(manager, SCHEMA, Topic.certificateIssued, {
        certificateId,
        number: certificate.number,
        passwordHash,
        childFullName: fullNameOf(childData),
        municipalityId: input.municipalityId,
      });
      // The filled form is attached as the event leaves the outbox (withApplicationForm): no slow work here.
      // A partner's system (applications:write) has no mailbox: it takes the login and password from the answer.
      if (identity.role !== 'PARTNER')
        await enqueueEvent(manager, SCHEMA, Topic.organizationApplicationCreated, {
          applicationId,
          to: identity.login,
          organizationName: identity.fullName,
          applicationNumber: application.number,
          childFullName: fullNameOf(childData),
          navigatorLogin: certificate.number,
          navigatorPassword: password,
        });
      await writeAudit(manager, context.caller, {
        action: 'APPLICATION_SUBMITTED',
        subjectId: applicationId,
        after: { number: application.number, status: application.status, kind: application.kind, childId: childRow.id },
      });
      await writeAudit(manager, context.caller, {
        action: 'CERTIFICATE_ISSUED',
        subjectId: applicationId,
        after: { certificateId, number: certificate.number, status: certificate.status, groupId: group.id },
      });
      return { application, certificate };
    }),
  );
  context.runtime.relay.nudge();
  return { application: created.application, navigatorLogin: created.certificate.number, navigatorPassword: password };
}

/** The three kinds that change an existing certificate: they find it by its number first. */
async function createChangeApplication(
  context: CertificatesContext,
  identity: Identity,
  input: CreateApplicationInput,
  errors: Fields,
) {
  const number = input.certificateNumber?.trim() ?? '';
  if (!/^\d{10}$/.test(number)) errors.certificateNumber = 'Укажите номер сертификата: 10 цифр';
  const application = await context.dataSource.transaction(async (manager) => {
    const found = /^\d{10}$/.test(number)
      ? await manager.findOne(CertificateEntity, { where: { number }, lock: { mode: 'pessimistic_write' } })
      : null;
    // A change of municipality takes a certificate from anywhere in the region; the other kinds change one
    // of the caller's own municipality, and another municipality's certificate is as if it did not exist.
    const certificate =
      found &&
      (input.kind === ApplicationKind.CHANGE_MUNICIPALITY || actsInMunicipality(identity, found.municipalityId))
        ? found
        : null;
    if (
      number &&
      !errors.certificateNumber &&
      (!certificate || !LIVE_CERTIFICATE_STATUSES.includes(certificate.status))
    ) {
      errors.certificateNumber = 'Действующий сертификат с таким номером не найден';
    }
    const child = certificate ? await manager.findOneByOrFail(ChildEntity, { id: certificate.childId }) : null;
    const changes = certificate && child ? await requestedChanges(manager, input, certificate, child, errors) : {};
    if (Object.keys(errors).length || !certificate || !child) throw invalidFields(errors);
    return insertChangeApplication(
      manager,
      context.caller,
      input.kind,
      input.municipalityId,
      certificate,
      child,
      changes,
      {
        name: input.childAppliesHimself ? fullNameOf(child) : input.applicantName!.trim(),
        email: input.applicantEmail?.trim() || null,
        phone: input.applicantPhone?.trim() || null,
        isChild: input.childAppliesHimself,
        userId: null,
        organizationId: identity.organizationId,
      },
    );
  });
  return { application, navigatorLogin: null, navigatorPassword: null };
}
