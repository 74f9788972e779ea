import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_PASSWORD, DemoMunicipality, hashPassword } from '@pfdo/platform';
import { FEMALE_NAMES, MALE_NAMES, MOTHER_NAMES, MOTHER_PATRONYMICS, SURNAMES } from '../seed-load.names';

/**
 * The September rush's citizens (rush.ts), prepared before the timed part and set-based, as `seed:load`
 * does: one transaction of `INSERT … SELECT` for the accounts, their sessions, the children, the
 * guardianships and the birth certificates.
 */

/** One citizen of the rush: the session cookie's token, the child to apply for, the address to confirm. */
export interface RushCitizen {
  token: string;
  childId: string;
  email: string;
}

/** A series no seeded or demo birth certificate has (seed-load's are I–V with other letters). */
const RUSH_SERIES = 'X-РШ';

/**
 * Writes `count` citizens of Новокузнецк, each signed in and with one child aged 7–12 who has a birth
 * certificate and no application: ready for «Отправить заявку». `label` (digits) keeps the logins, e-mails
 * and children's names of one call apart from every other's. The children never get a certificate, so the
 * documents' numbers may repeat between calls without making anyone a duplicate.
 */
export async function prepareRushCitizens(databaseUrl: string, count: number, label: string): Promise<RushCitizen[]> {
  const users = Array.from({ length: count }, () => randomUUID());
  const children = Array.from({ length: count }, () => randomUUID());
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const hashes = tokens.map((token) => createHash('sha256').update(token).digest('hex'));
  const emails = Array.from({ length: count }, (_, index) => `rush-${label}-${index}@example.ru`);
  // One real hash for every account (a scrypt costs ~50 ms): they could sign in with the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE rush_rows ON COMMIT DROP AS
       SELECT ordinality::int - 1 AS i, user_id, child_id, token_hash, email,
              ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] AS surname,
              ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] AS mother,
              ($7::text[])[1 + floor(random() * cardinality($7::text[]))::int] AS mother_patronymic,
              ($8::text[])[1 + floor(random() * cardinality($8::text[]))::int] AS girl,
              ($9::text[])[1 + floor(random() * cardinality($9::text[]))::int] AS boy,
              (current_date - interval '7 years' - floor(random() * 2000)::int * interval '1 day')::date AS birth_date
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS rows(user_id, child_id, token_hash, email)`,
      [users, children, hashes, emails, SURNAMES, MOTHER_NAMES, MOTHER_PATRONYMICS, FEMALE_NAMES, MALE_NAMES],
    );
    await client.query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
       SELECT user_id, email, $1, surname || 'а ' || mother || ' ' || mother_patronymic, 'CITIZEN', $2::uuid FROM rush_rows`,
      [passwordHash, DemoMunicipality.novokuznetsk],
    );
    await client.query(
      `INSERT INTO organizations.sessions (token_hash, user_id, expires_at, client_ip)
       SELECT token_hash, user_id, now() + interval '12 hours', '127.0.0.1' FROM rush_rows`,
    );
    // A name of letters unique to the run (the index spelled in letters), so that no child is taken for
    // another's duplicate by name and birth date.
    await client.query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       SELECT child_id, CASE WHEN i % 2 = 0 THEN surname ELSE surname || 'а' END,
              (CASE WHEN i % 2 = 0 THEN boy ELSE girl END) || '-' || translate($2 || i::text, '0123456789', 'абвгдежзик'),
              CASE WHEN i % 2 = 0 THEN 'Сергеевич' ELSE 'Сергеевна' END, birth_date, $1::uuid
         FROM rush_rows`,
      [DemoMunicipality.novokuznetsk, label],
    );
    await client.query(
      `INSERT INTO certificates.child_guardians (child_id, user_id, relation) SELECT child_id, user_id, 'PARENT' FROM rush_rows`,
    );
    await client.query(
      `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
       SELECT gen_random_uuid(), child_id, 'BIRTH_CERTIFICATE', $1, lpad((i % 1000000)::text, 6, '0'), birth_date + 10,
              'Отдел ЗАГС г. Новокузнецка', user_id
         FROM rush_rows`,
      [RUSH_SERIES],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE organizations.users, organizations.sessions');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
  return tokens.map((token, index) => ({ token, childId: children[index], email: emails[index] }));
}
