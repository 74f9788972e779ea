import { GraphQLError } from 'graphql';
import {
  checkNewPassword,
  checkStaffAccount,
  generatePassword,
  GENERATED_PASSWORD_LENGTH,
  isWeakPassword,
  StaffAccountValues,
} from './staff-account-checks';

const details: StaffAccountValues = {
  email: 'School@Example.ru',
  name: 'МБОУ «СОШ № 1»',
  address: 'ул. Ленина 1',
  workingHours: '',
  responsiblePerson: '',
  phone: '8 (3843) 00-00-00',
};

function refusal(check: () => void): GraphQLError {
  try {
    check();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('no refusal');
}

describe('a staff account’s details and password', () => {
  it('accepts a complete form with a good password typed twice', () => {
    expect(() =>
      checkStaffAccount(details, { generate: false, password: 'Kedr2026x', passwordRepeat: 'Kedr2026x' }),
    ).not.toThrow();
  });

  it.each([
    ['a bad e-mail', { email: 'school@' }, {}, 'INVALID_EMAIL', 'email'],
    ['a missing name', { name: '  ' }, {}, 'BAD_USER_INPUT', 'name'],
    ['a weak password', {}, { password: 'password', passwordRepeat: 'password' }, 'WEAK_PASSWORD', 'password'],
    ['a short password', {}, { password: 'ab12', passwordRepeat: 'ab12' }, 'WEAK_PASSWORD', 'password'],
    [
      'the login as password',
      {},
      { password: 'school2026', passwordRepeat: 'school2026' },
      'WEAK_PASSWORD',
      'password',
    ],
    [
      'passwords that differ',
      {},
      { password: 'Kedr2026x', passwordRepeat: 'Kedr2026y' },
      'PASSWORDS_DO_NOT_MATCH',
      'passwordRepeat',
    ],
  ])('refuses %s with its own code', (_name, changed, password, code, field) => {
    const error = refusal(() =>
      checkStaffAccount(
        { ...details, ...changed },
        { generate: false, password: 'Kedr2026x', passwordRepeat: 'Kedr2026x', ...password },
      ),
    );
    expect(error.extensions).toMatchObject({ code, field, fieldCodes: { [field]: code } });
    expect(Object.keys(error.extensions.fields as object)).toEqual([field]);
  });

  it('names every field in error at once, the first one giving the code', () => {
    const error = refusal(() =>
      checkStaffAccount({ ...details, email: 'x', phone: '' }, { generate: false, password: 'a', passwordRepeat: 'b' }),
    );
    expect(error.extensions.code).toBe('INVALID_EMAIL');
    expect(Object.keys(error.extensions.fields as object)).toEqual(['email', 'phone', 'password', 'passwordRepeat']);
  });

  it('asks for no password when one is generated', () => {
    expect(() => checkNewPassword({ generate: true }, 'a@b.ru')).not.toThrow();
  });

  it('generates passwords that pass its own rule, each different', () => {
    const passwords = Array.from({ length: 200 }, generatePassword);
    expect(passwords.every((password) => password.length === GENERATED_PASSWORD_LENGTH)).toBe(true);
    expect(passwords.some((password) => isWeakPassword(password))).toBe(false);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
