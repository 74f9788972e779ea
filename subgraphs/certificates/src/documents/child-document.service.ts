import { randomUUID } from 'node:crypto';
import { domainError, ErrorCode, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { getOwnChild } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { regionDate } from '../shared/age';
import { invalidFields } from '../shared/errors';
import { ChildDocumentEntity, DocumentScanEntity } from './child-document.entity';
import { DocumentType } from './document-type';
import { validateDocument } from './document-validation';

export interface AddChildDocumentCommand {
  childId: string;
  type: DocumentType;
  series: string;
  number: string;
  issueDate: string;
  issuedBy: string;
  comment?: string | null;
  scanId: string;
}

/** «Предоставить документ»: a citizen adds an identity document, with its scan, to his own child. */
export async function addChildDocument(context: CertificatesContext, command: AddChildDocumentCommand) {
  const identity = context.identity!;
  return context.dataSource.transaction(async (manager) => {
    const { child } = await getOwnChild(manager, identity, command.childId);
    const result = validateDocument(
      { ...command, comment: command.comment ?? '' },
      { birthDate: child.birthDate },
      regionDate(),
    );
    const errors: Record<string, string> = result.ok ? {} : { ...result.errors };

    let scan: DocumentScanEntity | null = null;
    if (!command.scanId) errors.scanId = 'Загрузите скан или фотографию документа';
    else if (isUuid(command.scanId)) {
      scan = await manager.findOneBy(DocumentScanEntity, { id: command.scanId, uploadedByUserId: identity.userId });
    }
    if (command.scanId && !scan) errors.scanId = 'Скан не найден: загрузите файл ещё раз';
    if (!result.ok || Object.keys(errors).length > 0) throw invalidFields(errors);

    const attached = await manager.countBy(ChildDocumentEntity, { scanId: scan!.id });
    if (attached > 0)
      throw domainError(ErrorCode.BadUserInput, 'Этот скан уже приложен к другому документу', { field: 'scanId' });

    const document = manager.create(ChildDocumentEntity, {
      id: randomUUID(),
      childId: child.id,
      ...result.value,
      scanId: scan!.id,
      createdByUserId: identity.userId,
      createdByOrganizationId: identity.organizationId,
    });
    await manager.insert(ChildDocumentEntity, document);
    await writeAudit(manager, context.caller, {
      action: 'DOCUMENT_ADDED',
      subjectId: document.id,
      after: { childId: child.id, type: document.type },
    });
    const saved = await manager.findOneByOrFail(ChildDocumentEntity, { id: document.id });
    return { document: saved, child };
  });
}
