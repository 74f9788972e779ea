'use client';

import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { usePostGraphql } from '@/app/_auth/use-post-graphql';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import {
  CHILD_DOCUMENT_FIELDS,
  ChildDocumentFieldset,
  childInputOf,
  documentInputOf,
  type ChildDocumentValues,
} from '@/app/registry/_shell/child-document-fieldset';
import type { ApplicationDetailsFragment } from '@/gql/graphql';
import { EditApplicationMutation } from '../application.operations';

function valuesOf(application: ApplicationDetailsFragment): ChildDocumentValues {
  return {
    'child.surname': application.child.surname,
    'child.name': application.child.name,
    'child.patronymic': application.child.patronymic,
    'child.birthDate': application.child.birthDate,
    'document.type': application.document?.type ?? 'BIRTH_CERTIFICATE',
    'document.series': application.document?.series ?? '',
    'document.number': application.document?.number ?? '',
    'document.issueDate': application.document?.issueDate ?? '',
    'document.issuedBy': application.document?.issuedBy ?? '',
  };
}

/** «Редактировать»: the child's and the document's data, corrected by an operator who sees them. */
export function EditApplicationForm({
  application,
  onDone,
  onFailed,
}: {
  application: ApplicationDetailsFragment;
  onDone: () => void;
  onFailed: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(() => valuesOf(application));
  const [error, setError] = useState<DescribedError | null>(null);
  const [edit, { loading }] = usePostGraphql(EditApplicationMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await edit({
        variables: { applicationId: application.id, child: childInputOf(values), document: documentInputOf(values) },
      });
      onDone();
    } catch (caught) {
      const described = describeError(caught);
      setError(described);
      if (!described.fields) onFailed();
    }
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const fieldErrors = summaryErrors(CHILD_DOCUMENT_FIELDS, errorOf, (name) => `${id}-${name}`);
  return (
    <AppForm className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit}>
      <h2 id={`${id}-title`}>Редактирование заявки</h2>
      <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
      <ChildDocumentFieldset
        idPrefix={id}
        values={values}
        errorOf={errorOf}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        Сохранить
      </button>
    </AppForm>
  );
}
