import { randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import {
  arrangeChild,
  arrangeCitizen,
  closeTestDatabase,
  countSqlStatements,
  signIn,
  testDatabase,
  yearsAgo,
} from '@pfdo/testing';

afterAll(closeTestDatabase);

const MY_CHILDREN = `{ me { children {
  name age documents { typeName series number hasScan }
  application { number status emailConfirmation { status } }
  certificate { number status group { name } }
  eligibleCertificateGroups { name }
  personalDataReads(first: 5) { items { readAt parts reader { role } } }
} } }`;

/** A child with a document, a confirmed application and a certificate, written straight to the database. */
async function childWithCertificate(guardianUserId: string, index: number): Promise<void> {
  const db = testDatabase();
  const child = await arrangeChild({ guardianUserId });
  const documentId = randomUUID();
  const applicationId = randomUUID();
  const certificateId = randomUUID();
  const [{ id: groupId }] = (
    await db.query(`SELECT id FROM certificates.certificate_groups WHERE municipality_id = $1 LIMIT 1`, [
      DemoMunicipality.novokuznetsk,
    ])
  ).rows;
  await db.query(
    `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
     VALUES ($1, $2, 'BIRTH_CERTIFICATE', 'I-ЛО', $3, $4, 'ЗАГС', $5)`,
    [documentId, child.id, String(700000 + index), yearsAgo(1), guardianUserId],
  );
  const suffix = String(Date.now() % 1_000_000).padStart(6, '0') + String(index).padStart(2, '0');
  await db.query(
    `INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, applicant_user_id, applicant_email)
     VALUES ($1, $2, 'NEW_CERTIFICATE', 'SUBMITTED', $3, $4, $5, 'a@example.ru')`,
    [applicationId, `9${suffix.slice(1)}`.slice(0, 8), DemoMunicipality.novokuznetsk, child.id, guardianUserId],
  );
  await db.query(
    `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id, application_id, document_id)
     VALUES ($1, $2, 'NOT_ACTIVATED', $3, $4, $5, $6, $7)`,
    [
      certificateId,
      `5${suffix}9`.padEnd(10, '0').slice(0, 10),
      DemoMunicipality.novokuznetsk,
      groupId,
      child.id,
      applicationId,
      documentId,
    ],
  );
  await db.query(`UPDATE certificates.applications SET certificate_id = $2 WHERE id = $1`, [
    applicationId,
    certificateId,
  ]);
  await db.query(
    `INSERT INTO email.email_confirmations (id, application_id, municipality_id, email, token_hash, status, expires_at, requested_by_user_id)
     VALUES ($1, $2, $3, 'a@example.ru', $4, 'CONFIRMED', now(), $5)`,
    [randomUUID(), applicationId, DemoMunicipality.novokuznetsk, randomUUID(), guardianUserId],
  );
}

describe('a citizen’s list of children', () => {
  it('resolves with as many SQL statements for 2 children as for 12', async () => {
    const citizen = await arrangeCitizen();
    for (let index = 0; index < 2; index += 1) await childWithCertificate(citizen.id, index);
    const client = await signIn(citizen.login);
    const small = await countSqlStatements<{ me: { children: unknown[] } }>(client, MY_CHILDREN);

    for (let index = 2; index < 12; index += 1) await childWithCertificate(citizen.id, index);
    const large = await countSqlStatements<{ me: { children: Array<{ certificate: { group: { name: string } } }> } }>(
      client,
      MY_CHILDREN,
    );

    expect(small.data.me.children).toHaveLength(2);
    expect(large.data.me.children).toHaveLength(12);
    expect(large.data.me.children.every((child) => child.certificate.group.name.startsWith('Дети'))).toBe(true);
    expect(large.statements).toEqual(small.statements);
  });
});
