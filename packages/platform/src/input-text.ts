/**
 * What a text value from a client must be before any service reads it: checks of one string against one
 * field's rule, each failure a Russian message for that field.
 */
export interface InputRule {
  /** The longest value accepted, counted as JavaScript counts (a Cyrillic letter is one). */
  maxLength: number;
  /** What the form calls the field, for the messages: «Фамилия», «Место выдачи». */
  label?: string;
  /**
   * A calendar date written YYYY-MM-DD, from 1900-01-01 to a hundred years from today. A blank value passes:
   * whether the field may be left empty, or in the future, is the service's rule, with its own message.
   */
  date?: boolean;
  /** One message for any refusal, where the field's own words say it better (a link from an e-mail, a cursor). */
  message?: string;
}

/** A String argument or input field that no rule names: one line of a form. */
export const DEFAULT_TEXT_RULE: InputRule = { maxLength: 255 };
/** An ID argument or input field: every id this system issues is a UUID of 36 characters. */
export const DEFAULT_ID_RULE: InputRule = { maxLength: 100, message: 'Неверный идентификатор' };

export const EARLIEST_DATE = '1900-01-01';
/**
 * How far past today a date may lie. No date the forms ask for may be in the future, but saying so is the
 * service's part, together with its other fields' mistakes (a typed 2099 for 2009); the edge only keeps
 * out what no form means, such as the year 9999.
 */
const LATEST_DATE_YEARS_AHEAD = 100;

/**
 * Characters no person types into a form and some programs choke on: C0 and C1 control characters other
 * than tab and line breaks (PostgreSQL refuses NUL outright), the bidirectional embeddings, overrides and
 * isolates that make a printed name read other than it is stored, and halves of a surrogate pair without
 * their other half (not text: stored, they silently become U+FFFD).
 */
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN_CHARACTERS.test(value);
}

/** A real calendar date written YYYY-MM-DD (no 30 February, no year 0). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function latestAcceptedDate(today: Date = new Date()): string {
  const latest = new Date(today);
  latest.setUTCFullYear(latest.getUTCFullYear() + LATEST_DATE_YEARS_AHEAD);
  return latest.toISOString().slice(0, 10);
}

const russianDate = (iso: string) => iso.split('-').reverse().join('.');

/** «символов» after «длиннее N», but «символа» after 1, 21, 31 …. */
const characters = (count: number) => (count % 10 === 1 && count % 100 !== 11 ? 'символа' : 'символов');

/** The message for a value the rule refuses, or null when it passes. */
export function refusalOf(value: string, rule: InputRule, today: Date = new Date()): string | null {
  const label = rule.label ?? 'Значение';
  if (hasForbiddenCharacters(value)) return rule.message ?? `${label} содержит недопустимые символы`;
  if (value.length > rule.maxLength) {
    return rule.message ?? `${label} не может быть длиннее ${rule.maxLength} ${characters(rule.maxLength)}`;
  }
  const day = value.trim();
  if (rule.date && day) {
    if (!isCalendarDate(day)) return rule.message ?? `${label}: укажите существующую дату в виде ГГГГ-ММ-ДД`;
    const latest = latestAcceptedDate(today);
    if (day < EARLIEST_DATE || day > latest) {
      return rule.message ?? `${label}: не раньше ${russianDate(EARLIEST_DATE)} и не позже ${russianDate(latest)}`;
    }
  }
  return null;
}
