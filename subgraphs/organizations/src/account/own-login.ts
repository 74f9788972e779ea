import { domainError, ErrorCode } from '@pfdo/platform';

export const OWN_LOGIN_MIN = 3;
export const OWN_LOGIN_MAX = 64;

/**
 * A login a citizen may choose: Latin letters, digits and `. - _ @`, 3–64 characters, stored lower-cased as every
 * login is; not ten digits, which is what a certificate's navigator login (its number) looks like.
 */
export function checkOwnLogin(value: string): string {
  const login = value.trim().toLowerCase();
  const refuse = (message: string) =>
    domainError(ErrorCode.InvalidLogin, message, { field: 'newLogin', fields: { newLogin: message } });
  if (!login) throw refuse('Введите новый логин');
  if (login.length < OWN_LOGIN_MIN || login.length > OWN_LOGIN_MAX) {
    throw refuse(`Логин должен быть от ${OWN_LOGIN_MIN} до ${OWN_LOGIN_MAX} знаков`);
  }
  if (!/^[a-z0-9._@-]+$/.test(login)) {
    throw refuse('В логине можно использовать латинские буквы, цифры, точку, дефис, подчёркивание и @');
  }
  if (/^\d{10}$/.test(login)) throw refuse('Логин из 10 цифр занят под номера сертификатов: добавьте букву');
  return login;
}
