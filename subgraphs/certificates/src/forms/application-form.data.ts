import { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { ChildEntity } from '../children/child.entity';
import { ChildDocumentEntity } from '../documents/child-document.entity';
import { DOCUMENT_TYPE_NAMES } from '../documents/document-type';
import { ApplicationFormData } from './application-form.pdf';

export interface ApplicationFormParts {
  application: ApplicationEntity;
  child: ChildEntity;
  document: ChildDocumentEntity | null;
  certificate: CertificateEntity | null;
  groupName: string;
  municipalityName: string;
  /** The web app's address, for the QR code that opens the application in the registry cabinet. */
  webUrl: string;
  /** Hides a document's series and number (a reception organization without the personal-data right). */
  maskNumbers?: (value: string) => string;
}

/**
 * The records an application's form is about, as they are now: a few reads by key, one after another, so
 * that a form holds one connection of its pool at a time.
 */
export async function readApplicationFormParts(manager: EntityManager, application: ApplicationEntity) {
  const child = await manager.findOneByOrFail(ChildEntity, { id: application.childId });
  const group = application.groupId
    ? await manager.findOneBy(CertificateGroupEntity, { id: application.groupId })
    : null;
  const certificate = application.certificateId
    ? await manager.findOneBy(CertificateEntity, { id: application.certificateId })
    : null;
  const document = application.documentId
    ? await manager.findOneBy(ChildDocumentEntity, { id: application.documentId })
    : await manager.findOne(ChildDocumentEntity, {
        where: { childId: application.childId },
        order: { createdAt: 'DESC' },
      });
  return { application, child, document, certificate, groupName: group?.name ?? '' };
}

/** The application's page in the registry cabinet (web/app/registry/applications/[number]). */
export function applicationRegistryLink(webUrl: string, applicationNumber: string): string {
  return new URL(`/registry/applications/${encodeURIComponent(applicationNumber)}`, webUrl).toString();
}

/** What the application form prints, from the records it is about. */
export function applicationFormData(parts: ApplicationFormParts): ApplicationFormData {
  const { application, child, document, certificate } = parts;
  const shown = parts.maskNumbers ?? ((value: string) => value);
  return {
    applicationNumber: application.number,
    registryCode: certificate?.number ?? '',
    createdAt: application.createdAt,
    municipalityName: parts.municipalityName,
    groupName: parts.groupName,
    child: { surname: child.surname, name: child.name, patronymic: child.patronymic, birthDate: child.birthDate },
    document: document && {
      typeName: DOCUMENT_TYPE_NAMES[document.type],
      series: shown(document.series),
      number: shown(document.number),
      issueDate: document.issueDate,
      issuedBy: document.issuedBy,
    },
    applicant: {
      fullName: application.applicantName,
      email: application.applicantEmail,
      phone: application.applicantPhone,
      isChildHimself: application.applicantIsChild,
    },
    registryLink: applicationRegistryLink(parts.webUrl, application.number),
  };
}
