import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { closeTestDatabase, eventually, signIn, testDatabase } from '@pfdo/testing';

/**
 * The navigator keeps a copy of each certificate handed over to it (number, status, municipality, group): the
 * registry's changes reach it through the outbox. A change of group alone is in organization-applications'
 * tests; here the mass change of group («Пакетные обработки») moves the copies it has, batch by batch.
 */
const NK = DemoMunicipality.novokuznetsk;
/**
 * The demo group of 5–18 the test's certificates start in, and the demo group they move to: chosen by their
 * numbers, so that no group of the test's own shows in the lists other tests read.
 */
const demoGroup = `50${NK.slice(2)}`;
const target = `51${NK.slice(2)}`;

afterAll(closeTestDatabase);

it('moves the navigator’s copies of the certificates a mass change of group moves, the copies it has', async () => {
  const db = testDatabase();
  const certificates = Array.from({ length: 3 }, () => ({
    id: randomUUID(),
    childId: randomUUID(),
    number: String(randomInt(6_000_000_000, 6_999_999_999)),
  }));
  for (const certificate of certificates) {
    await db.query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       VALUES ($1, 'Копиев', 'Навигатор', '', current_date - interval '10 years', $2)`,
      [certificate.childId, NK],
    );
    await db.query(
      `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id)
       VALUES ($1, $2, 'ACTIVATED', $3, $4, $5)`,
      [certificate.id, certificate.number, NK, demoGroup, certificate.childId],
    );
  }
  // Two were handed over to the navigator; the third never was.
  for (const certificate of certificates.slice(0, 2)) {
    await db.query(
      `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
       VALUES ($1, $2, 'ACTIVATED', $3, $4, 'прежняя группа')`,
      [certificate.id, certificate.number, NK, demoGroup],
    );
  }

  const operator = await signIn('operator@demo.ru');
  const { startGroupChange } = await operator.data<{ startGroupChange: { id: string } }>(
    `mutation ($input: StartGroupChangeInput!) { startGroupChange(input: $input) { id } }`,
    {
      input: {
        municipalityId: NK,
        targetGroupId: target,
        certificateNumbers: certificates.map((certificate) => certificate.number),
      },
    },
  );
  await eventually(
    async () =>
      (await db.query(`SELECT status FROM certificates.group_change_jobs WHERE id = $1`, [startGroupChange.id])).rows[0]
        .status,
    (status) => status === 'DONE',
    60_000,
  );
  const { rows: targetGroup } = await db.query(`SELECT name FROM certificates.certificate_groups WHERE id = $1`, [
    target,
  ]);
  const copies = await eventually(
    async () =>
      (
        await db.query(
          `SELECT number, group_id AS "groupId", group_name AS "groupName" FROM navigator.registered_certificates
            WHERE certificate_id = ANY($1::uuid[]) ORDER BY number`,
          [certificates.map((certificate) => certificate.id)],
        )
      ).rows,
    (rows) => rows.every((row) => row.groupId === target),
  );
  expect(copies).toEqual(
    certificates
      .slice(0, 2)
      .map((certificate) => ({ number: certificate.number, groupId: target, groupName: targetGroup[0].name }))
      .sort((a, b) => a.number.localeCompare(b.number)),
  );
});
