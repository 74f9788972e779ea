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

interface DocumentFieldsProps {
  idPrefix: string;
  values: DocumentValues;
  errors: Partial<Record<string, string>>;
  types: DocumentTypeOption[];
  scan: ReturnType<typeof useScanUpload>;
  scanError?: string;
  onChange: (name: keyof DocumentValues, value: string) => void;
  onScanChosen: (file: File | null) => void;
}

/** «Описание документа» of the child the address names: Тип документа, Серия, Номер, Дата выдачи, Место выдачи, Документ, Комментарий. */
export function DocumentFields(props: DocumentFieldsProps) {
  const { idPrefix: id, values, errors, onChange } = props;
  const type = documentTypeOf(values.type);
  const text = (name: keyof DocumentValues) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
  });
  return (
    <>
      <FormField id={`${id}-type`} label="Тип документа" required error={errors.type}>
        {(wiring) => (
          <select {...wiring} {...text('type')}>
            {props.types.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
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
      <ScanField id={`${id}-scanId`} state={props.scan.state} error={props.scanError} onChosen={props.onScanChosen} />
      <FormField id={`${id}-comment`} label="Комментарий" error={errors.comment}>
        {(wiring) => <textarea {...wiring} {...text('comment')} rows={3} maxLength={1000} />}
      </FormField>
    </>
  );
}
