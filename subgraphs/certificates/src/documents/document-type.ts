import { registerEnumType } from 'type-graphql';

export enum DocumentType {
  BIRTH_CERTIFICATE = 'BIRTH_CERTIFICATE',
  PASSPORT = 'PASSPORT',
  OTHER = 'OTHER',
}

registerEnumType(DocumentType, {
  name: 'DocumentType',
  description: 'Тип документа, удостоверяющего личность ребёнка',
  valuesConfig: {
    BIRTH_CERTIFICATE: { description: 'Свидетельство о рождении' },
    PASSPORT: { description: 'Паспорт гражданина РФ (с 14 лет)' },
    OTHER: { description: 'Иной документ' },
  },
});

export const DOCUMENT_TYPE_NAMES: Record<DocumentType, string> = {
  BIRTH_CERTIFICATE: 'Свидетельство о рождении',
  PASSPORT: 'Паспорт гражданина РФ',
  OTHER: 'Иной документ',
};
