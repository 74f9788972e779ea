import type { DocumentType } from '@/gql/graphql';

export interface DocumentTypeOption {
  value: DocumentType;
  label: string;
  seriesLabel: string;
  seriesHint?: string;
  numberHint?: string;
  /** A passport is issued from 14. */
  minAge?: number;
}

/** «Тип документа»: the seed's birth certificate or passport (from 14), and any other document. */
export const DOCUMENT_TYPES: DocumentTypeOption[] = [
  {
    value: 'BIRTH_CERTIFICATE',
    label: 'Свидетельство о рождении',
    seriesLabel: 'Серия свидетельства о рождении',
    seriesHint: 'Римские цифры и две русские буквы через дефис, например I-ЛО',
    numberHint: '6 цифр',
  },
  {
    value: 'PASSPORT',
    label: 'Паспорт гражданина РФ',
    seriesLabel: 'Серия паспорта',
    seriesHint: '4 цифры',
    numberHint: '6 цифр',
    minAge: 14,
  },
  { value: 'OTHER', label: 'Иной документ', seriesLabel: 'Серия' },
];

export function documentTypesFor(age: number): DocumentTypeOption[] {
  return DOCUMENT_TYPES.filter((option) => !option.minAge || age >= option.minAge);
}

export function documentTypeOf(value: DocumentType): DocumentTypeOption {
  return DOCUMENT_TYPES.find((option) => option.value === value) ?? DOCUMENT_TYPES[0];
}
