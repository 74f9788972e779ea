import { ageOn, birthdayOf, isIsoDate } from '../shared/age';
import { DocumentType } from './document-type';

export interface DocumentFields {
  type: DocumentType;
  series: string;
  number: string;
  issueDate: string;
  issuedBy: string;
  comment: string;
}

export type FieldErrors = Partial<Record<keyof DocumentFields | 'scanId', string>>;

/** Cyrillic letters typed where the Latin Roman numerals of a birth certificate series belong. */
const ROMAN_LOOKALIKES: Record<string, string> = { І: 'I', Х: 'X', С: 'C', М: 'M' };

/**
 * A birth certificate series as registry offices print it: Roman numerals, a hyphen, two Cyrillic
 * capitals («I-ЛО», «IV-МЮ»). Returns null when it cannot be one.
 */
export function normalizeBirthCertificateSeries(raw: string): string | null {
  const compact = raw
    .trim()
    .toUpperCase()
    .replace(/[\s–—−]+/g, '')
    .replace(/-+/g, '-');
  const match = /^([IVXLCMІХСМ]{1,6})-?([А-ЯЁ]{2})$/.exec(compact);
  if (!match) return null;
  const roman = [...match[1]].map((letter) => ROMAN_LOOKALIKES[letter] ?? letter).join('');
  if (!/^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  return `${roman}-${match[2]}`;
}

const digitsOnly = (raw: string) => raw.replace(/[\s-]/g, '');

/**
 * Checks a child's identity document and returns it normalized, or the errors by field, in Russian.
 * `today` and the child's birth date are YYYY-MM-DD.
 */
export function validateDocument(
  input: DocumentFields,
  child: { birthDate: string },
  today: string,
): { ok: true; value: DocumentFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const value: DocumentFields = {
    type: input.type,
    series: input.series.trim(),
    number: input.number.trim(),
    issueDate: input.issueDate.trim(),
    issuedBy: input.issuedBy.trim().replace(/\s+/g, ' '),
    comment: input.comment.trim(),
  };

  if (value.type === DocumentType.BIRTH_CERTIFICATE) {
    const series = normalizeBirthCertificateSeries(value.series);
    if (!value.series) errors.series = 'Укажите серию свидетельства о рождении';
    else if (!series)
      errors.series = 'Серия свидетельства о рождении: римские цифры и две русские буквы через дефис, например I-ЛО';
    else value.series = series;
    value.number = digitsOnly(value.number);
    if (!value.number) errors.number = 'Укажите номер свидетельства о рождении';
    else if (!/^\d{6}$/.test(value.number)) errors.number = 'Номер свидетельства о рождении: 6 цифр';
  } else if (value.type === DocumentType.PASSPORT) {
    value.series = digitsOnly(value.series);
    value.number = digitsOnly(value.number);
    if (!value.series) errors.series = 'Укажите серию паспорта';
    else if (!/^\d{4}$/.test(value.series)) errors.series = 'Серия паспорта: 4 цифры';
    if (!value.number) errors.number = 'Укажите номер паспорта';
    else if (!/^\d{6}$/.test(value.number)) errors.number = 'Номер паспорта: 6 цифр';
  } else {
    if (value.series.length > 20) errors.series = 'Серия: не более 20 символов';
    if (!value.number) errors.number = 'Укажите номер документа';
    else if (value.number.length > 30) errors.number = 'Номер: не более 30 символов';
  }

  if (!value.issueDate) errors.issueDate = 'Укажите дату выдачи документа';
  else if (!isIsoDate(value.issueDate)) errors.issueDate = 'Дата выдачи указана неверно';
  else if (value.issueDate > today) errors.issueDate = 'Дата выдачи не может быть в будущем';
  else if (value.issueDate < child.birthDate)
    errors.issueDate = 'Дата выдачи не может быть раньше даты рождения ребёнка';
  else if (value.type === DocumentType.PASSPORT && value.issueDate < birthdayOf(child.birthDate, 14)) {
    errors.issueDate = 'Паспорт выдаётся с 14 лет: дата выдачи не может быть раньше 14-летия ребёнка';
  }
  if (value.type === DocumentType.PASSPORT && ageOn(child.birthDate, today) < 14) {
    errors.type = 'Паспорт выдаётся с 14 лет: для ребёнка младше 14 лет добавьте свидетельство о рождении';
  }

  if (!value.issuedBy) errors.issuedBy = 'Укажите, кем выдан документ';
  else if (value.issuedBy.length > 300) errors.issuedBy = 'Место выдачи: не более 300 символов';
  if (value.comment.length > 1000) errors.comment = 'Комментарий: не более 1000 символов';

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
