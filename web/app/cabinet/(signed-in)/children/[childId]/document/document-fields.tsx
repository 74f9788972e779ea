'use client';

import { FormField } from '@/app/_ui/form-field';
import { regionToday } from '@/app/_ui/format';
import type { DocumentType } from '@/gql/graphql';
import { documentTypeOf, type DocumentTypeOption } from './document-types';
import { ScanField } from './scan-field';
import type { useScanUpload } from './use-scan-upload';

export interface DocumentValues {
  childId: string;
  type: DocumentType;
  series: string;
  number: string;
  issueDate: string;
  issuedBy: string;
  comment: string;
}

export type DocumentField = Exclude<keyof DocumentValues, 'childId'> | 'scanId';

/** One thing per page: the form's four steps, each a question of its own, and the inputs each one asks. */
export const DOCUMENT_STEPS: { question: string; fields: DocumentField[] }[] = [
  { question: 'Какой документ вы добавляете?', fields: ['type'] },
  { question: 'Серия и номер документа', fields: ['series', 'number'] },
  { question: 'Когда и кем выдан документ?', fields: ['issueDate', 'issuedBy'] },
  { question: 'Скан или фотография документа', fields: ['scanId', 'comment'] },
];

interface DocumentFieldsProps {
  idPrefix: string;
  step: number;
  values: DocumentValues;
  errors: Partial<Record<string, string>>;
  types: DocumentTypeOption[];
  scan: ReturnType<typeof useScanUpload>;
  onChange: (name: keyof DocumentValues, value: string) => void;
  onScanChosen: (file: File | null) => void;
}

/** The inputs of one step of «Описание документа»; input ids are `${idPrefix}-${name}`, as the summary links. */
export function DocumentFields(props: DocumentFieldsProps) {
  const { idPrefix: id, values, errors, onChange } = props;
  const type = documentTypeOf(values.type);
  const text = (name: keyof DocumentValues) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
  });
  switch (props.step) {
    case 0:
      return (
        <fieldset className={errors.type ? 'radios field-invalid' : 'radios'} aria-describedby={`${id}-type-error`}>
          <legend className="field-legend">Тип документа</legend>
          <p id={`${id}-type-error`} className="field-error">
            {errors.type && <span className="visually-hidden">Ошибка: </span>}
            {errors.type}
          </p>
          {props.types.map((option, index) => (
            <label key={option.value} className="radio">
              <input
                id={index === 0 ? `${id}-type` : undefined}
                type="radio"
                name="type"
                value={option.value}
                checked={values.type === option.value}
                onChange={() => onChange('type', option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      );
    case 1:
      return (
        <>
          <FormField
            id={`${id}-series`}
            label={type.seriesLabel}
            required={values.type !== 'OTHER'}
            hint={type.seriesHint}
            error={errors.series}
          >
            {(wiring) => <input {...wiring} {...text('series')} type="text" autoComplete="off" spellCheck={false} />}
          </FormField>
          <FormField id={`${id}-number`} label="Номер" required hint={type.numberHint} error={errors.number}>
            {(wiring) => (
              <input
                {...wiring}
                {...text('number')}
                type="text"
                inputMode={values.type === 'OTHER' ? 'text' : 'numeric'}
                autoComplete="off"
              />
            )}
          </FormField>
        </>
      );
    case 2:
      return (
        <>
          <FormField id={`${id}-issueDate`} label="Дата выдачи документа" required error={errors.issueDate}>
            {(wiring) => <input {...wiring} {...text('issueDate')} type="date" max={regionToday()} />}
          </FormField>
          <FormField
            id={`${id}-issuedBy`}
            label="Место выдачи"
            required
            hint="Например, Отдел ЗАГС Центрального района г. Новокузнецка"
            error={errors.issuedBy}
          >
            {(wiring) => <input {...wiring} {...text('issuedBy')} type="text" />}
          </FormField>
        </>
      );
    default:
      return (
        <>
          <ScanField id={`${id}-scanId`} state={props.scan.state} error={errors.scanId} onChosen={props.onScanChosen} />
          <FormField id={`${id}-comment`} label="Комментарий" error={errors.comment}>
            {(wiring) => <textarea {...wiring} {...text('comment')} rows={3} maxLength={1000} />}
          </FormField>
        </>
      );
  }
}
