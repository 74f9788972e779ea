import { Identity } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { ChildEntity } from '../children/child.entity';
import { CertificatesContext } from '../context';
import { ChildDocumentEntity } from '../documents/child-document.entity';
import { validateDocument } from '../documents/document-validation';
import { regionDate } from '../shared/age';
import { invalidFields } from '../shared/errors';
import { lockApplicationInScope } from './application-processing.service';
import { ApplicationAction, nextStatus } from './application-state';
import { ApplicationKind } from './application-status';
import { ApplicationEntity } from './application.entity';
import { validateChildData } from './child-data';
import { ChildDataInput, DocumentDataInput } from './organization-application.types';

/**
 * «Редактировать» before confirmation (docs/domain.md §4): corrects the child's data and document of a new
 * certificate's application, or what a change application asks for. The change is recorded, before and after.
 */
export async function editApplication(
  context: CertificatesContext,
  applicationId: string,
  input: { child?: ChildDataInput | null; document?: DocumentDataInput | null },
) {
  const identity: Identity = context.identity!;
  return context.dataSource.transaction(async (manager) => {
    const application = await lockApplicationInScope(manager, identity, applicationId);
    nextStatus(application.status, ApplicationAction.EDIT);
    const child = await manager.findOneByOrFail(ChildEntity, { id: application.childId });
    const errors: Record<string, string> = {};
    const childData = input.child ? validateChildData(input.child) : null;
    if (childData && !childData.ok) Object.assign(errors, childData.errors);
    const birthDate = childData?.ok ? childData.value.birthDate : child.birthDate;
    const documentData = input.document
      ? validateDocument({ ...input.document, comment: '' }, { birthDate }, regionDate())
      : null;
    if (documentData && !documentData.ok)
      for (const [field, message] of Object.entries(documentData.errors)) errors[`document.${field}`] = message;
    if (Object.keys(errors).length || !(childData || documentData)) {
      throw invalidFields(Object.keys(errors).length ? errors : { child: 'Укажите, что исправить' });
    }

    const { surname, name, patronymic } = child;
    const before: Record<string, unknown> = { child: { surname, name, patronymic, birthDate: child.birthDate } };
    const after: Record<string, unknown> = {};
    if (application.kind === ApplicationKind.NEW_CERTIFICATE) {
      if (childData?.ok) {
        await manager.update(ChildEntity, { id: child.id }, childData.value);
        after.child = childData.value;
      }
      if (documentData?.ok && application.documentId) {
        const document = await manager.findOneByOrFail(ChildDocumentEntity, { id: application.documentId });
        before.document = {
          type: document.type,
          series: document.series,
          number: document.number,
          issueDate: document.issueDate,
          issuedBy: document.issuedBy,
        };
        await manager.update(ChildDocumentEntity, { id: document.id }, documentData.value);
        after.document = documentData.value;
      }
    } else {
      before.requestedChanges = application.requestedChanges;
      const changes = {
        ...application.requestedChanges,
        ...(childData?.ok && { child: childData.value }),
        ...(documentData?.ok && { document: documentData.value }),
      };
      await manager.update(ApplicationEntity, { id: application.id }, { requestedChanges: changes });
      after.requestedChanges = changes;
    }
    await writeAudit(manager, context.caller, {
      action: 'APPLICATION_EDITED',
      subjectId: application.id,
      before,
      after,
    });
    return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
  });
}
