import { randomInt } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { domainError, ErrorCode } from '@pfdo/platform';
import { MAX_LOGIN_LENGTH, MAX_PASSWORD_LENGTH } from '../auth/auth.resolver';

/** What an operator typed for a staff account: its login e-mail and the organization's details for clients. */
export interface StaffAccountValues {
  email: string;
  name: string;
  address: string;
  workingHours: string;
  responsiblePerson: string;
  phone: string;
}

/** A new password: typed twice, or generated here and shown once. */
export interface NewPasswordValues {
  generate: boolean;
  password?: string | null;
  passwordRepeat?: string | null;
}

/** Eight characters with letters and digits: beyond a guess within the sign-in limits (README «Real servers»). */
export const MIN_PASSWORD_LENGTH = 8;

/** One refusal of one field, with the stable code of its kind. */
interface Refusal {
  field: string;
  code: ErrorCode;
  message: string;
}

// A practical check, not RFC 5322: one @, something before it, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

function detailsRefusals(values: StaffAccountValues): Refusal[] {
  const refusals: Refusal[] = [];
  const email = normalizeEmail(values.email);
  if (!email) {
    refusals.push({ field: 'email', code: ErrorCode.BadUserInput, message: 'Введите e-mail организации' });
  } else if (email.length > MAX_LOGIN_LENGTH || !EMAIL.test(email)) {
    refusals.push({
      field: 'email',
      code: ErrorCode.InvalidEmail,
      message: 'Введите e-mail в формате name@example.ru',
    });
  }
  if (!values.name.trim()) {
    refusals.push({ field: 'name', code: ErrorCode.BadUserInput, message: 'Введите наименование организации' });
  }
  if (!values.address.trim()) {
    refusals.push({ field: 'address', code: ErrorCode.BadUserInput, message: 'Введите адрес организации' });
  }
  if (!values.phone.trim()) {
    refusals.push({ field: 'phone', code: ErrorCode.BadUserInput, message: 'Введите контактный телефон' });
  }
  return refusals;
}

/** Whether a password is too easy to guess: short, or only letters, or only digits, or the login itself. */
export function isWeakPassword(password: string, login = ''): boolean {
  return (
    password.length < MIN_PASSWORD_LENGTH ||
    !/\p{L}/u.test(password) ||
    !/\p{N}/u.test(password) ||
    (login !== '' && password.toLowerCase().includes(normalizeEmail(login).split('@')[0] || '\u0000'))
  );
}

/** What a form calls its two password fields: the refusals name them so. */
export interface PasswordFieldNames {
  password: string;
  passwordRepeat: string;
}

const STAFF_PASSWORD_FIELDS: PasswordFieldNames = { password: 'password', passwordRepeat: 'passwordRepeat' };

function passwordRefusals(
  values: NewPasswordValues,
  login: string,
  fields: PasswordFieldNames = STAFF_PASSWORD_FIELDS,
): Refusal[] {
  if (values.generate) return [];
  const password = values.password ?? '';
  const repeat = values.passwordRepeat ?? '';
  if (!password) return [{ field: fields.password, code: ErrorCode.BadUserInput, message: 'Введите пароль' }];
  const refusals: Refusal[] = [];
  if (password.length > MAX_PASSWORD_LENGTH) {
    refusals.push({
      field: fields.password,
      code: ErrorCode.BadUserInput,
      message: `Пароль не может быть длиннее ${MAX_PASSWORD_LENGTH} символов`,
    });
  } else if (isWeakPassword(password, login)) {
    refusals.push({
      field: fields.password,
      code: ErrorCode.WeakPassword,
      message: `Пароль слишком простой: не короче ${MIN_PASSWORD_LENGTH} символов, с буквами и цифрами, не совпадает с e-mail`,
    });
  }
  if (password !== repeat) {
    refusals.push({
      field: fields.passwordRepeat,
      code: ErrorCode.PasswordsDoNotMatch,
      message: 'Пароли не совпадают',
    });
  }
  return refusals;
}

/**
 * The refusals as one error: every field with its message in `extensions.fields` (as the forms read them),
 * each field's code in `extensions.fieldCodes`, and as the error's code the kind of the first field in the
 * form's order, so that a form with only a weak password is WEAK_PASSWORD and one with only a bad e-mail
 * INVALID_EMAIL.
 */
function refusalError(refusals: Refusal[]): GraphQLError {
  const fields = Object.fromEntries(refusals.map((refusal) => [refusal.field, refusal.message]));
  const fieldCodes = Object.fromEntries(refusals.map((refusal) => [refusal.field, refusal.code]));
  return domainError(refusals[0].code, refusals.map((refusal) => refusal.message).join('. '), {
    field: refusals[0].field,
    fields,
    fieldCodes,
  });
}

/** Throws the refusals of a staff account's details and its new password (when there is one), if any. */
export function checkStaffAccount(values: StaffAccountValues, password?: NewPasswordValues): void {
  const refusals = [...detailsRefusals(values), ...(password ? passwordRefusals(password, values.email) : [])];
  if (refusals.length > 0) throw refusalError(refusals);
}

/** Throws the refusals of a new password for an account whose login this is, named after the form's fields. */
export function checkNewPassword(
  password: NewPasswordValues,
  login: string,
  fields: PasswordFieldNames = STAFF_PASSWORD_FIELDS,
): void {
  const refusals = passwordRefusals(password, login, fields);
  if (refusals.length > 0) throw refusalError(refusals);
}

export const duplicateEmail = () =>
  refusalError([{ field: 'email', code: ErrorCode.DuplicateEmail, message: 'Пользователь с таким e-mail уже есть' }]);

const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const GENERATED_PASSWORD_LENGTH = 12;

/** A password to hand over on paper: 12 characters without look-alikes (l/1, O/0), about 69 bits. */
export function generatePassword(): string {
  for (;;) {
    const password = Array.from(
      { length: GENERATED_PASSWORD_LENGTH },
      () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
    ).join('');
    if (!isWeakPassword(password)) return password;
  }
}
