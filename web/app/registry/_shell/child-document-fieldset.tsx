'use client';

import { DOCUMENT_TYPES } from '@/app/_ui/document-types';
import { FormField } from '@/app/_ui/form-field';
import type { ChildDataInput, DocumentDataInput, DocumentType } from '@/gql/graphql';
import styles from './registry.module.css';

/** The child's and the document's inputs, in the order the form shows them (and its error summary lists them). */
export const CHILD_DOCUMENT_FIELDS = [
  'child.surname',
  'child.name',
  'child.patronymic',
  'child.birthDate',
  'document.type',
  'document.series',
  'document.number',
  'document.issueDate',
  'document.issuedBy',
] as const;

export type ChildDocumentValues = Record<(typeof CHILD_DOCUMENT_FIELDS)[number], string>;

export const EMPTY_CHILD_DOCUMENT: ChildDocumentValues = {
  'child.surname': '',
  'child.name': '',
  'child.patronymic': '',
  'child.birthDate': '',
  'document.type': 'BIRTH_CERTIFICATE',
  'document.series': '',
  'document.number': '',
  'document.issueDate': '',
  'document.issuedBy': '',
};

export function childInputOf(values: ChildDocumentValues): ChildDataInput {
  return {
    surname: values['child.surname'].trim(),
    name: values['child.name'].trim(),
    patronymic: values['child.patronymic'].trim() || undefined,
    birthDate: values['child.birthDate'],
  };
}

export function documentInputOf(values: ChildDocumentValues): DocumentDataInput {
  return {
    type: values['document.type'] as DocumentType,
    series: values['document.series'].trim(),
    number: values['document.number'].trim(),
    issueDate: values['document.issueDate'],
    issuedBy: values['document.issuedBy'].trim(),
  };
}

/**
 * «Ребёнок» and «Документ»: the fieldsets «Создать заявку» and «Редактирование заявки» share. Input ids are
 * `${idPrefix}-${name}`, which the error summary links to.
 */
export function ChildDocumentFieldset({
  idPrefix,
  values,
  onChange,
  errorOf,
}: {
  idPrefix: string;
  values: ChildDocumentValues;
  onChange: (name: keyof ChildDocumentValues, value: string) => void;
  errorOf: (name: string) => string | undefined;
}) {
  const documentType = DOCUMENT_TYPES.find((option) => option.value === values['document.type']) ?? DOCUMENT_TYPES[0];
  const input = (
    name: keyof ChildDocumentValues,
    label: string,
    options: { required?: boolean; type?: string; hint?: string } = {},
  ) => (
    <FormField
      id={`${idPrefix}-${name}`}
      label={label}
      required={options.required ?? true}
      hint={options.hint}
      error={errorOf(name)}
    >
      {(wiring) => (
        <input
          {...wiring}
          name={name}
          type={options.type ?? 'text'}
          autoComplete="off"
          value={values[name]}
          onChange={(event) => onChange(name, event.target.value)}
        />
      )}
    </FormField>
  );
  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend>Ребёнок</legend>
        <div className={styles.grid}>
          {input('child.surname', 'Фамилия')}
          {input('child.name', 'Имя')}
          {input('child.patronymic', 'Отчество', { required: false })}
          {input('child.birthDate', 'Дата рождения', { type: 'date' })}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Документ</legend>
        <div className={styles.grid}>
          <FormField id={`${idPrefix}-document.type`} label="Тип документа" required error={errorOf('document.type')}>
            {(wiring) => (
              <select
                {...wiring}
                name="document.type"
                value={values['document.type']}
                onChange={(event) => onChange('document.type', event.target.value)}
              >
                {DOCUMENT_TYPES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {input('document.series', 'Серия', { hint: documentType.seriesHint })}
          {input('document.number', 'Номер', { hint: documentType.numberHint })}
          {input('document.issueDate', 'Дата выдачи', { type: 'date' })}
          {input('document.issuedBy', 'Место выдачи')}
        </div>
      </fieldset>
    </>
  );
}
