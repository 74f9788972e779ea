'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { describeError, fieldMessage, type DescribedError } from '../../../../../../_auth/describe-error';
import { childPaths } from '../../../../../_children/application-step';
import { CabinetChildrenQuery } from '../../../../../_children/children.operations';
import { documentText } from '../../../../../_children/format';
import type { CabinetChild } from '../../../../../_children/use-cabinet-children';
import { focusFirstInvalid, FormField, RequiredNote } from '../../../../../_forms/form-field';
import { useIssuedCredentials } from '../../../../../_shell/issued-credentials';
import { IssueCertificateMutation } from './issue.operations';

type Application = NonNullable<CabinetChild['application']>;

/** «Группа сертификата» and «Документ» → «Получить сертификат». */
export function IssueForm({ child, application }: { child: CabinetChild; application: Application }) {
  const id = useId();
  const router = useRouter();
  const client = useApolloClient();
  const form = useRef<HTMLFormElement>(null);
  const { remember } = useIssuedCredentials();
  const groups = child.eligibleCertificateGroups;
  const [groupId, setGroupId] = useState(groups.length === 1 ? groups[0].id : '');
  const [documentId, setDocumentId] = useState(child.documents.length === 1 ? child.documents[0].id : '');
  const [error, setError] = useState<DescribedError | null>(null);
  const [issue, { loading }] = useMutation(IssueCertificateMutation, {
    refetchQueries: [CabinetChildrenQuery],
    awaitRefetchQueries: true,
  });

  function showError(found: DescribedError) {
    setError(found);
    requestAnimationFrame(() =>
      focusFirstInvalid(form.current, ['groupId', 'documentId'], {
        groupId: fieldMessage(found, 'groupId'),
        documentId: fieldMessage(found, 'documentId'),
      }),
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const fields: Record<string, string> = {};
    if (!groupId) fields.groupId = 'Выберите группу сертификата';
    if (!documentId) fields.documentId = 'Выберите документ ребёнка';
    if (Object.keys(fields).length > 0) return showError({ message: Object.values(fields).join('. '), fields });
    setError(null);
    try {
      const { data } = await issue({ variables: { input: { applicationId: application.id, groupId, documentId } } });
      const issued = data!.issueCertificate;
      remember({ childId: child.id, login: issued.navigatorLogin, password: issued.navigatorPassword });
      router.replace(childPaths.application(child.id));
    } catch (caught) {
      const described = describeError(caught);
      if (described.code === 'UNAUTHENTICATED') return;
      showError(described);
      // Refused for the child's sake (already issued, a duplicate): show where he really stands.
      if (!described.fields && described.code)
        await client.refetchQueries({ include: [CabinetChildrenQuery] }).catch(() => undefined);
    }
  }

  const formError =
    error && !fieldMessage(error, 'groupId') && !fieldMessage(error, 'documentId') ? error.message : null;
  return (
    <AppForm ref={form} onSubmit={handleSubmit} className="page-panel">
      <RequiredNote />
      {groups.length === 0 && (
        <p className="notice notice-warning">
          Для возраста ребёнка в муниципалитете нет доступной группы сертификата. Обратитесь в уполномоченный орган
          муниципалитета.
        </p>
      )}
      <FormField id={`${id}-group`} label="Группа сертификата" required error={fieldMessage(error, 'groupId')}>
        {(wiring) => (
          <select {...wiring} name="groupId" value={groupId} onChange={(event) => setGroupId(event.target.value)}>
            <option value="">Выберите группу сертификата</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-document`} label="Документ" required error={fieldMessage(error, 'documentId')}>
        {(wiring) => (
          <select
            {...wiring}
            name="documentId"
            value={documentId}
            onChange={(event) => setDocumentId(event.target.value)}
          >
            <option value="">Выберите документ</option>
            {child.documents.map((document) => (
              <option key={document.id} value={document.id}>
                {documentText(document)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <p role="alert" className="form-error">
        {formError}
      </p>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={loading || undefined}>
          Получить сертификат
        </button>
      </div>
    </AppForm>
  );
}
