import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { enqueueEvent } from '@pfdo/platform';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { CertificateStatus } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { tellNavigatorOfRegrouping } from '../certificates/navigator-copies';
import { ChildEntity } from '../children/child.entity';
import { SCHEMA } from '../data-source';
import { ChildDocumentEntity } from '../documents/child-document.entity';
import { DocumentType } from '../documents/document-type';
import { ApplicationKind } from './application-status';
import { ApplicationEntity } from './application.entity';

/** The navigator's copy of the certificate moves to its new group (and the group's municipality). */
async function tellNavigatorOfGroup(manager: EntityManager, certificateId: string, groupId: string) {
  const group = await manager.findOneByOrFail(CertificateGroupEntity, { id: groupId });
  await tellNavigatorOfRegrouping(manager, [certificateId], group);
}

/**
 * What confirming an application does to its certificate (docs/domain.md §4): a new certificate is activated;
 * a change of municipality moves it (and the child) to the new municipality and group; a change of group
 * moves it to the new group; a clarification corrects the child's data and document.
 */
export async function applyConfirmedApplication(
  manager: EntityManager,
  application: ApplicationEntity,
  confirmedBy: { userId: string; organizationId: string | null },
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const certificate = await manager.findOneByOrFail(CertificateEntity, { id: application.certificateId! });
  const changes = application.requestedChanges ?? {};
  switch (application.kind) {
    case ApplicationKind.NEW_CERTIFICATE:
      await manager.update(CertificateEntity, { id: certificate.id }, { status: CertificateStatus.ACTIVATED });
      // The navigator's copy, if the certificate was handed over before its activation, and the holder's feed.
      await enqueueEvent(manager, SCHEMA, Topic.certificateStatusChanged, {
        certificateId: certificate.id,
        number: certificate.number,
        status: CertificateStatus.ACTIVATED,
      });
      return { before: { status: certificate.status }, after: { status: CertificateStatus.ACTIVATED } };
    case ApplicationKind.CHANGE_MUNICIPALITY:
      await manager.update(
        CertificateEntity,
        { id: certificate.id },
        { municipalityId: changes.municipalityId!, groupId: changes.groupId! },
      );
      await manager.update(ChildEntity, { id: certificate.childId }, { municipalityId: changes.municipalityId! });
      await tellNavigatorOfGroup(manager, certificate.id, changes.groupId!);
      return {
        before: { municipalityId: certificate.municipalityId, groupId: certificate.groupId },
        after: { municipalityId: changes.municipalityId, groupId: changes.groupId },
      };
    case ApplicationKind.CHANGE_GROUP:
      await manager.update(CertificateEntity, { id: certificate.id }, { groupId: changes.groupId! });
      await tellNavigatorOfGroup(manager, certificate.id, changes.groupId!);
      return { before: { groupId: certificate.groupId }, after: { groupId: changes.groupId } };
    case ApplicationKind.CLARIFY_PERSONAL_DATA: {
      const child = await manager.findOneByOrFail(ChildEntity, { id: certificate.childId });
      if (changes.child) await manager.update(ChildEntity, { id: child.id }, changes.child);
      let documentId = certificate.documentId;
      if (changes.document) {
        documentId = randomUUID();
        await manager.insert(ChildDocumentEntity, {
          id: documentId,
          childId: child.id,
          ...changes.document,
          type: changes.document.type as DocumentType,
          comment: `Уточнение по заявке № ${application.number}`,
          scanId: null,
          createdByUserId: confirmedBy.userId,
          createdByOrganizationId: confirmedBy.organizationId,
        });
        await manager.update(CertificateEntity, { id: certificate.id }, { documentId });
      }
      const { surname, name, patronymic, birthDate } = child;
      return {
        before: { child: { surname, name, patronymic, birthDate }, documentId: certificate.documentId },
        after: { child: changes.child, documentId },
      };
    }
  }
}
