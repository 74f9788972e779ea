import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser, hashPassword } from '@pfdo/platform';
import { testDatabase } from './database';

const LETTERS = 'абвгдежзиклмнопрстуфхцчшэюя';

/** Eight random Cyrillic letters: about 10^11 names, so that no two tests' children share one. */
function uniqueLetters(): string {
  return Array.from({ length: 8 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
}

/** A date `years` years (and `days` days) before today, as YYYY-MM-DD. */
export function yearsAgo(years: number, days = 30): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export interface ArrangedChild {
  id: string;
  surname: string;
  name: string;
  patronymic: string;
  birthDate: string;
}

/**
 * A child in the school records with a guardian (by default the demo `parent`), for a test that needs a
 * child of its own. Names are unique, so that no two tests' children look like one child.
 */
export async function arrangeChild(
  options: {
    birthDate?: string;
    guardianUserId?: string;
    relation?: 'PARENT' | 'SELF';
    municipalityId?: string;
    surname?: string;
  } = {},
): Promise<ArrangedChild> {
  const child: ArrangedChild = {
    id: randomUUID(),
    surname: options.surname ?? 'Тестова',
    // Unique across test files, which jest runs in the same worker processes; letters only, as a name is.
    name: `Алиса-${uniqueLetters()}`,
    patronymic: 'Игоревна',
    birthDate: options.birthDate ?? yearsAgo(9),
  };
  const db = testDatabase();
  await db.query(
    `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      child.id,
      child.surname,
      child.name,
      child.patronymic,
      child.birthDate,
      options.municipalityId ?? DemoMunicipality.novokuznetsk,
    ],
  );
  await db.query(`INSERT INTO certificates.child_guardians (child_id, user_id, relation) VALUES ($1, $2, $3)`, [
    child.id,
    options.guardianUserId ?? DemoUser.parent,
    options.relation ?? 'PARENT',
  ]);
  return child;
}

/** A citizen account of the test's own (password demo2026), e.g. to give it many children. */
export async function arrangeCitizen(fullName = 'Тестовый Родитель'): Promise<{ id: string; login: string }> {
  const user = { id: randomUUID(), login: `citizen-${randomUUID()}` };
  await testDatabase().query(
    `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
     VALUES ($1, $2, $3, $4, 'CITIZEN', $5)`,
    [user.id, user.login, await hashPassword('demo2026'), fullName, DemoMunicipality.novokuznetsk],
  );
  return user;
}

/** A unique e-mail address for one test's mail. */
export function uniqueEmail(label = 'parent'): string {
  return `${label}.${randomUUID().slice(0, 13)}@example.ru`;
}
