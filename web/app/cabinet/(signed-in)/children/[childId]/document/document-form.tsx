'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { DocumentType } from '@/gql/graphql';
import { describeError } from '../../../../../_auth/describe-error';
import { childPaths } from '../../../../_children/application-step';
import { CabinetChildrenQuery } from '../../../../_children/children.operations';
import type { CabinetChild } from '../../../../_children/use-cabinet-children';
import { focusFirstInvalid, RequiredNote } from '../../../../_forms/form-field';
import { DocumentFields, type DocumentValues } from './document-fields';
import { documentTypeOf, documentTypesFor } from './document-types';
import { AddChildDocumentMutation } from './document.operations';
import { useScanUpload } from './use-scan-upload';

type Errors = Partial<Record<keyof DocumentValues | 'scanId', string>>;
const FIELD_ORDER = ['childId', 'type', 'series', 'number', 'issueDate', 'issuedBy', 'scanId', 'comment'];

function initialValues(child: CabinetChild): DocumentValues {
  const type: DocumentType = child.age >= 14 ? 'PASSPORT' : 'BIRTH_CERTIFICATE';
  return { childId: child.id, type, series: '', number: '', issueDate: '', issuedBy: '', comment: '' };
}

/** What the server would refuse as missing, said before the round trip. */
function missing(values: DocumentValues): Errors {
  const errors: Errors = {};
  const type = documentTypeOf(values.type);
  if (values.type !== 'OTHER' && !values.series.trim()) errors.series = `Укажите: ${type.seriesLabel.toLowerCase()}`;
  if (!values.number.trim()) errors.number = 'Укажите номер документа';
  if (!values.issueDate) errors.issueDate = 'Укажите дату выдачи документа';
  if (!values.issuedBy.trim()) errors.issuedBy = 'Укажите место выдачи документа';
  return errors;
}

/** «Описание документа» → «Добавить»: the document with its scan, then on to the application. */
export function DocumentForm({ child, childList }: { child: CabinetChild; childList: CabinetChild[] }) {
  const id = useId();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => initialValues(child));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const scan = useScanUpload();
  const [add, { loading }] = useMutation(AddChildDocumentMutation, {
    refetchQueries: [CabinetChildrenQuery],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState(false);
  const selected = childList.find((candidate) => candidate.id === values.childId) ?? child;

  function change(name: keyof DocumentValues, value: string) {
    setValues((previous) => {
      const next = { ...previous, [name]: value };
      // A passport is not offered to a younger child; choosing him switches to the birth certificate.
      if (name === 'childId') {
        const age = childList.find((candidate) => candidate.id === value)?.age ?? 0;
        if (!documentTypesFor(age).some((option) => option.value === next.type)) next.type = 'BIRTH_CERTIFICATE';
      }
      return next;
    });
    setErrors((previous) => ({ ...previous, [name]: undefined }));
  }

  function showErrors(found: Errors) {
    setErrors(found);
    // Wait for the messages to render, so that the focused field is read out with its message.
    requestAnimationFrame(() => focusFirstInvalid(form.current, FIELD_ORDER, found));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || loading) return;
    setFormError(null);
    const found = missing(values);
    if (scan.state.status === 'empty') found.scanId = 'Выберите файл со сканом или фотографией документа';
    if (Object.keys(found).length > 0) return showErrors(found);
    setBusy(true);
    try {
      const uploaded = await scan.scanIdForSubmit();
      if (!('scanId' in uploaded)) return showErrors({ scanId: uploaded.message });
      const { childId, comment, ...rest } = values;
      await add({
        variables: { input: { childId, ...rest, comment: comment.trim() || null, scanId: uploaded.scanId } },
      });
      router.replace(childPaths.application(childId));
    } catch (caught) {
      const described = describeError(caught);
      if (described.code === 'UNAUTHENTICATED') return;
      if (described.fields) return showErrors(described.fields);
      if (described.field && FIELD_ORDER.includes(described.field))
        return showErrors({ [described.field]: described.message });
      setFormError(described.message);
    } finally {
      setBusy(false);
    }
  }

  const working = busy || loading;
  return (
    <form ref={form} noValidate onSubmit={handleSubmit} className="page-panel">
      <RequiredNote />
      <DocumentFields
        idPrefix={id}
        values={values}
        errors={errors}
        childList={childList}
        types={documentTypesFor(selected.age)}
        scan={scan}
        scanError={errors.scanId}
        onChange={change}
        onScanChosen={(file) => {
          setErrors((previous) => ({ ...previous, scanId: undefined }));
          scan.choose(file);
        }}
      />
      <p role="alert" className="form-error">
        {formError}
      </p>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={working || undefined}>
          Добавить
        </button>
        <Link href={childPaths.application(child.id)}>Отмена</Link>
      </div>
      <p role="status" className="muted">
        {working ? 'Сохраняем документ…' : ''}
      </p>
    </form>
  );
}
