import { invalidFields } from '@pfdo/platform';

/** A certificate is for children aged 5 to 18 (docs/domain.md §1); the group's upper age is exclusive. */
export const YOUNGEST = 5;
export const OLDEST = 18;
/** Far above any certificate's nominal (tens of thousands of roubles): a typo of extra digits, not a group. */
export const MAX_NOMINAL_KOPECKS = 1_000_000_00;
/** Far above any municipality's yearly budget for certificates, and well inside a JavaScript number. */
export const MAX_LIMIT_KOPECKS = 10_000_000_000_00;
/** More budget programs of one registry than a child can attend in a year. */
export const MAX_BUDGET_PROGRAMS = 20;
export const MAX_NAME_LENGTH = 255;

/** What the form sends: money as roubles typed by a person («15 000,50»), the rest as numbers. */
export interface GroupSettingFields {
  name: string;
  nominal: string;
  minAge: number;
  maxAge: number;
  significantPrograms: number;
  generalPrograms: number;
  preProfessionalPrograms: number;
  municipalityLimit: string;
}

/** The checked values, as navigator.group_settings keeps them. */
export interface GroupSettingValues {
  name: string;
  nominalKopecks: number;
  minAge: number;
  maxAge: number;
  significantPrograms: number;
  generalPrograms: number;
  preProfessionalPrograms: number;
  municipalityLimitKopecks: number;
}

/** «15 000,50» or «15000.5» → 1500050 kopecks; null for anything else (a sign, letters, three decimals). */
export function parseRoubles(text: string): number | null {
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const kopecks = BigInt(match[1]) * 100n + BigInt((match[2] ?? '0').padEnd(2, '0'));
  return kopecks > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(kopecks);
}

/** «10 000 000 000 ₽», whole roubles grouped by non-breaking spaces as the pages show money. */
const roublesText = (kopecks: number) =>
  `${String(Math.floor(kopecks / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0₽`;

function money(text: string, max: number, label: string, errors: Record<string, string>, field: string): number {
  const kopecks = parseRoubles(text);
  if (text.trim() === '') errors[field] = `Укажите ${label}`;
  else if (/^\s*[-−]/.test(text)) errors[field] = `${capitalize(label)} не может быть отрицательным`;
  else if (kopecks === null) errors[field] = `${capitalize(label)}: сумма в рублях, например 15000,00`;
  else if (kopecks > max) errors[field] = `${capitalize(label)}: не больше ${roublesText(max)}`;
  return kopecks ?? 0;
}

const capitalize = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * Every field of a group setting at once, each mistake a Russian message by field (BAD_USER_INPUT with
 * `extensions.fields`), so that the form shows them all after one submit. Whether the name is taken in the
 * municipality is the service's check, against the table.
 */
export function checkGroupSetting(fields: GroupSettingFields): GroupSettingValues {
  const errors: Record<string, string> = {};
  const name = fields.name.trim().replace(/\s+/g, ' ');
  if (!name) errors.name = 'Введите наименование группы сертификатов';
  else if (name.length > MAX_NAME_LENGTH) errors.name = `Наименование: не длиннее ${MAX_NAME_LENGTH} символов`;
  const nominalKopecks = money(fields.nominal, MAX_NOMINAL_KOPECKS, 'номинал сертификата', errors, 'nominal');
  if (!Number.isInteger(fields.minAge) || fields.minAge < YOUNGEST || fields.minAge >= OLDEST) {
    errors.minAge = `Возраст «от»: от ${YOUNGEST} до ${OLDEST - 1} лет — сертификат выдаётся детям от ${YOUNGEST} до ${OLDEST} лет`;
  }
  if (!Number.isInteger(fields.maxAge) || fields.maxAge <= YOUNGEST || fields.maxAge > OLDEST) {
    errors.maxAge = `Возраст «до»: от ${YOUNGEST + 1} до ${OLDEST} лет — сертификат выдаётся детям от ${YOUNGEST} до ${OLDEST} лет`;
  } else if (!errors.minAge && fields.minAge >= fields.maxAge) {
    errors.maxAge = 'Возраст «до» должен быть больше возраста «от»';
  }
  const programs = {
    significantPrograms: 'значимых',
    generalPrograms: 'общеразвивающих',
    preProfessionalPrograms: 'предпрофессиональных',
  } as const;
  for (const [field, registry] of Object.entries(programs)) {
    const count = fields[field as keyof typeof programs];
    if (!Number.isInteger(count) || count < 0 || count > MAX_BUDGET_PROGRAMS) {
      errors[field] = `Число бюджетных ${registry} программ: от 0 до ${MAX_BUDGET_PROGRAMS}`;
    }
  }
  const municipalityLimitKopecks = money(
    fields.municipalityLimit,
    MAX_LIMIT_KOPECKS,
    'лимит средств муниципалитета',
    errors,
    'municipalityLimit',
  );
  if (!errors.nominal && !errors.municipalityLimit && nominalKopecks > municipalityLimitKopecks) {
    errors.nominal = 'Номинал сертификата не может быть больше лимита средств муниципалитета';
  }
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return {
    name,
    nominalKopecks,
    minAge: fields.minAge,
    maxAge: fields.maxAge,
    significantPrograms: fields.significantPrograms,
    generalPrograms: fields.generalPrograms,
    preProfessionalPrograms: fields.preProfessionalPrograms,
    municipalityLimitKopecks,
  };
}
