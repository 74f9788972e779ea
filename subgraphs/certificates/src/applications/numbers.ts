import { randomInt } from 'node:crypto';

/** An 8-digit application number, random so that no one can guess the next (docs/domain.md §6.4). */
export function newApplicationNumber(): string {
  return String(randomInt(10_000_000, 100_000_000));
}

/** A 10-digit certificate number, random for the same reason. */
export function newCertificateNumber(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}

const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A navigator cabinet password: 10 characters without look-alikes (l/1, O/0), about 57 bits. */
export function newCabinetPassword(): string {
  return Array.from({ length: 10 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}
