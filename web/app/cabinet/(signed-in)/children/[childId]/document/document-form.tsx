'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { RequiredNote } from '@/app/_ui/form-field';
import { childPaths } from '@/app/cabinet/_children/application-step';
import { CabinetChildrenQuery } from '@/app/cabinet/_children/children.operations';
import type { CabinetChild } from '@/app/cabinet/_children/use-cabinet-children';
import type { DocumentType } from '@/gql/graphql';
import { DOCUMENT_STEPS, DocumentFields, type DocumentField, type DocumentValues } from './document-fields';
import { documentTypesFor } from './document-types';
import { AddChildDocumentMutation } from './document.operations';
import { useScanUpload } from './use-scan-upload';

type Errors = Partial<Record<DocumentField, string>>;
const FIELD_ORDER = DOCUMENT_STEPS.flatMap((step) => step.fields) as string[];

/** The step that asks `field`. */
const stepOf = (field: string) => DOCUMENT_STEPS.findIndex((step) => step.fields.includes(field as DocumentField));

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

/**
 * «Описание документа» → «Добавить», one thing per page: the type, the series and number, the date and place
 * of issue, the scan. «Продолжить» checks the step's own inputs; «Назад» keeps what was typed. A message of
 * the server brings back the step that asks the input it is about.
 */
export function DocumentForm({ child }: { child: CabinetChild }) {
  const id = useId();
  const router = useRouter();
  const question = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState(0);
  const [values, setValues] = useState(() => initialValues(child));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const scan = useScanUpload();
  const [add, { loading }] = useMutation(AddChildDocumentMutation, {
    refetchQueries: [CabinetChildrenQuery],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState(false);
  const last = step === DOCUMENT_STEPS.length - 1;

  function change(name: keyof DocumentValues, value: string) {
    setValues((previous) => ({ ...previous, [name]: value }));
  }

  function goTo(next: number) {
    setStep(next);
    setFormError(null);
    // The new question takes the keyboard, as a new page's h1 would.
    requestAnimationFrame(() => question.current?.focus());
  }

  /** Shows `found` on the first step that has one (the error summary then takes the keyboard). */
  function showErrors(found: Errors) {
    const first = FIELD_ORDER.find((name) => found[name as DocumentField]);
    const at = first ? stepOf(first) : step;
    if (at >= 0 && at !== step) setStep(at);
    setErrors(found);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || loading) return;
    setFormError(null);
    const found = missing(values);
    if (scan.state.status === 'empty') found.scanId = 'Выберите файл со сканом или фотографией документа';
    if (!last) {
      const here = Object.fromEntries(
        Object.entries(found).filter(([name]) => DOCUMENT_STEPS[step].fields.includes(name as DocumentField)),
      );
      setErrors(here);
      if (Object.keys(here).length === 0) goTo(step + 1);
      return;
    }
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
  const shown = DOCUMENT_STEPS[step].fields as string[];
  return (
    <AppForm onSubmit={handleSubmit} className="page-panel">
      {step > 0 && (
        <button type="button" className="back-link" onClick={() => goTo(step - 1)}>
          Назад
        </button>
      )}
      <ErrorSummary
        errors={summaryErrors(
          shown,
          (name) => errors[name as DocumentField],
          (name) => `${id}-${name}`,
        )}
        general={formError ?? undefined}
      />
      <p className="kicker">
        Шаг {step + 1} из {DOCUMENT_STEPS.length}
      </p>
      <h2 ref={question} tabIndex={-1} className="step-question">
        {DOCUMENT_STEPS[step].question}
      </h2>
      {step > 0 && <RequiredNote />}
      <DocumentFields
        idPrefix={id}
        step={step}
        values={values}
        errors={errors}
        types={documentTypesFor(child.age)}
        scan={scan}
        onChange={change}
        onScanChosen={(file) => {
          setErrors((previous) => ({ ...previous, scanId: undefined }));
          scan.choose(file);
        }}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={working || undefined}>
          {last ? 'Добавить' : 'Продолжить'}
        </button>
        <Link href={childPaths.application(child.id)}>Отмена</Link>
      </div>
      <p role="status" className="muted">
        {working ? 'Сохраняем документ…' : ''}
      </p>
    </AppForm>
  );
}
