import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, hashPassword } from '@pfdo/platform';
import { testDatabase } from '@pfdo/testing';

/** A certificate's navigator cabinet (login = a fresh 10-digit number), with its own password. */
export async function arrangeCabinet(fullName: string, password = 'demo2026') {
  const id = randomUUID();
  const login = String(randomInt(1e9, 1e10 - 1));
  await testDatabase().query(
    `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
     VALUES ($1, $2, $3, $4, 'CERTIFICATE_HOLDER', $5)`,
    [id, login, await hashPassword(password), fullName, DemoMunicipality.novokuznetsk],
  );
  return { id, login, password };
}

type Answer = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
export const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code ?? 'none';
