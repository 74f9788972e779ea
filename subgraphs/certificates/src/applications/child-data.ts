import { regionDate, isIsoDate } from '../shared/age';

const NAME = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$/;

export interface ChildData {
  surname: string;
  name: string;
  patronymic: string;
  birthDate: string;
}

/** Checks a child's personal data as an operator typed it; returns it tidied, or errors by field. */
export function validateChildData(input: {
  surname: string;
  name: string;
  patronymic?: string | null;
  birthDate: string;
}): { ok: true; value: ChildData } | { ok: false; errors: Record<string, string> } {
  const tidy = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');
  const value = {
    surname: tidy(input.surname),
    name: tidy(input.name),
    patronymic: tidy(input.patronymic),
    birthDate: input.birthDate.trim(),
  };
  const errors: Record<string, string> = {};
  for (const [field, label, required] of [
    ['surname', 'фамилию', true],
    ['name', 'имя', true],
    ['patronymic', 'отчество', false],
  ] as const) {
    const text = value[field];
    if (!text && required) errors[`child.${field}`] = `Укажите ${label} ребёнка`;
    else if (text && (text.length > 100 || !NAME.test(text)))
      errors[`child.${field}`] = `Проверьте ${label} ребёнка: только буквы, пробел и дефис`;
  }
  if (!isIsoDate(value.birthDate)) errors['child.birthDate'] = 'Укажите дату рождения ребёнка';
  else if (value.birthDate > regionDate()) errors['child.birthDate'] = 'Дата рождения не может быть в будущем';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
