'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { RequiredNote } from '@/app/_ui/form-field';
import { childPaths } from '@/app/cabinet/_children/application-step';
import { CabinetChildrenQuery } from '@/app/cabinet/_children/children.operations';
import type { CabinetChild } from '@/app/cabinet/_children/use-cabinet-children';
import type { DocumentType } from '@/gql/graphql';
import { DocumentFields, type DocumentValues } from './document-fields';
import { documentTypesFor } from './document-types';
import { AddChildDocumentMutation } from './document.operations';
import { useScanUpload } from './use-scan-upload';

type Errors = Partial<Record<keyof DocumentValues | 'scanId', string>>;
const FIELD_ORDER = ['type', 'series', 'number', 'issueDate', 'issuedBy', 'scanId', 'comment'];

function initialValues(child: CabinetChild): DocumentValues {
  const type: DocumentType = child.age >= 14 ? 'PASSPORT' : 'BIRTH_CERTIFICATE';
  return { childId: child.id, type, series: '', number: '', issueDate: '', issuedBy: '', comment: '' };
}

const digits = (text: string) => text.replace(/\D/g, '');

/** What the server would refuse, said before the round trip, with the server's words and as the hints say. */
function missing(values: DocumentValues): Errors {
  const errors: Errors = {};
  const series = values.series.trim();
  const number = values.number.trim();
  if (values.type === 'BIRTH_CERTIFICATE') {
    if (!series) errors.series = 'Укажите серию свидетельства о рождении';
    if (!number) errors.number = 'Укажите номер свидетельства о рождении';
    else if (!/^\d{6}$/.test(digits(number))) errors.number = 'Номер свидетельства о рождении: 6 цифр';
  } else if (values.type === 'PASSPORT') {
    if (!series) errors.series = 'Укажите серию паспорта';
    else if (!/^\d{4}$/.test(digits(series))) errors.series = 'Серия паспорта: 4 цифры';
    if (!number) errors.number = 'Укажите номер паспорта';
    else if (!/^\d{6}$/.test(digits(number))) errors.number = 'Номер паспорта: 6 цифр';
  } else if (!number) errors.number = 'Укажите номер документа';
  if (!values.issueDate) errors.issueDate = 'Укажите дату выдачи документа';
  if (!values.issuedBy.trim()) errors.issuedBy = 'Укажите, кем выдан документ';
  return errors;
}

/** «Описание документа» → «Добавить»: the document with its scan, then on to the application. */
export function DocumentForm({ child }: { child: CabinetChild }) {
  const id = useId();
  const router = useRouter();
  const [values, setValues] = useState(() => initialValues(child));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const scan = useScanUpload();
  const [add, { loading }] = useMutation(AddChildDocumentMutation, {
    refetchQueries: [CabinetChildrenQuery],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState(false);

  function change(name: keyof DocumentValues, value: string) {
    setValues((previous) => ({ ...previous, [name]: value }));
  }

  // The error summary takes the keyboard and links to each field.
  const showErrors = (found: Errors) => setErrors(found);

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
    <form noValidate onSubmit={handleSubmit} className="page-panel">
      <ErrorSummary
        errors={summaryErrors(
          FIELD_ORDER,
          (name) => errors[name as keyof Errors],
          (name) => `${id}-${name}`,
        )}
        general={formError ?? undefined}
      />
      <RequiredNote />
      <DocumentFields
        idPrefix={id}
        values={values}
        errors={errors}
        types={documentTypesFor(child.age)}
        scan={scan}
        scanError={errors.scanId}
        onChange={change}
        onScanChosen={(file) => {
          setErrors((previous) => ({ ...previous, scanId: undefined }));
          scan.choose(file);
        }}
      />
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
