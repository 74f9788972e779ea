import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { RunningApp } from './app';
import { sessionCookie } from './cabinet';
import { graphqlAs } from './registry';

/**
 * Issue 15 part A's arrangements: a program of the demo provider with one group, its week and its place of study
 * (the provider's first), and a holder's contract in it, filed by the holder and confirmed by the provider.
 */
export async function arrangeScheduledProgram(
  app: RunningApp,
  title: string,
  group: { startsOn: string; endsOn: string; week: Array<{ day: number; from: string; to: string }> },
): Promise<{ programId: string; groupId: string; address: string }> {
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const programId = randomUUID();
    const groupId = randomUUID();
    await db.query(
      `INSERT INTO navigator.programs (id, organization_id, municipality_id, title, registry, age_from, age_to, price_kopecks)
       SELECT $1, u.organization_id, c.municipality_id, $2, 'PAID', 5, 18, 100000
         FROM organizations.users u JOIN navigator.provider_cards c ON c.organization_id = u.organization_id
        WHERE u.login = 'provider@demo.ru'`,
      [programId, title],
    );
    const {
      rows: [place],
    } = await db.query(
      `SELECT p.id, p.address FROM navigator.places_of_study p JOIN organizations.users u ON u.organization_id = p.organization_id
        WHERE u.login = 'provider@demo.ru' ORDER BY p.address, p.id LIMIT 1`,
    );
    await db.query(
      `INSERT INTO navigator.program_groups (id, program_id, name, starts_on, ends_on, places_total, schedule, place_id)
       VALUES ($1, $2, 'Вечерняя группа', $3, $4, 10, $5::jsonb, $6)`,
      [groupId, programId, group.startsOn, group.endsOn, JSON.stringify(group.week), place.id],
    );
    return { programId, groupId, address: place.address as string };
  } finally {
    await db.end();
  }
}

/** The holder files a request in `groupId` (through the web's /graphql, as his browser would); the provider confirms. */
export async function confirmedContract(webUrl: string, holder: { number: string; password: string }, groupId: string) {
  const cookie = await sessionCookie(webUrl, holder.number, holder.password);
  const filed = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: 'mutation ($g: ID!) { createEnrollmentRequest(groupId: $g) { id } }',
      variables: { g: groupId },
    }),
  });
  const answer = (await filed.json()) as { data?: { createEnrollmentRequest: { id: string } }; errors?: unknown };
  assert.ok(answer.data?.createEnrollmentRequest, `the request: ${JSON.stringify(answer.errors)}`);
  const provider = await graphqlAs(webUrl, 'provider@demo.ru');
  await provider(`mutation ($id: ID!) { confirmEnrollmentRequest(id: $id) { status } }`, {
    id: answer.data.createEnrollmentRequest.id,
  });
  return answer.data.createEnrollmentRequest.id;
}
