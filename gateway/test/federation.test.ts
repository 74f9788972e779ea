import { randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { closeTestDatabase, countSqlStatements, signIn, testDatabase } from '@pfdo/testing';

/** A query that crosses all four subgraphs: organizations → navigator, certificates → email. */
const ACROSS_THE_GRAPH = `
  query AcrossTheGraph {
    municipalities {
      name
      organizations { name programs { title registry } }
      certificateGroups { name minAge maxAge }
      recentApplications { number status emailConfirmation { email status } }
    }
  }`;

type Result = {
  municipalities: Array<{
    name: string;
    organizations: Array<{ name: string; programs: Array<{ title: string; registry: string }> }>;
    certificateGroups: Array<{ name: string; minAge: number; maxAge: number }>;
    recentApplications: Array<{
      number: string;
      status: string;
      emailConfirmation: { email: string; status: string } | null;
    }>;
  }>;
};

const BELOVO = DemoMunicipality.belovo;
const childIds: string[] = [];

/** Arranges `count` applications in Белово, each with a child, an e-mail confirmation and a program. */
async function addApplications(count: number): Promise<void> {
  const db = testDatabase();
  for (let index = 0; index < count; index += 1) {
    const childId = randomUUID();
    const applicationId = randomUUID();
    const organizationId = randomUUID();
    childIds.push(childId);
    const number = String(90000000 + childIds.length);
    await db.query(
      `INSERT INTO certificates.children (id, surname, name, birth_date, municipality_id)
       VALUES ($1, 'Тестов', 'Ребёнок', '2015-01-01', $2)`,
      [childId, BELOVO],
    );
    await db.query(
      `INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id)
       VALUES ($1, $2, 'NEW_CERTIFICATE', 'EMAIL_UNCONFIRMED', $3, $4)`,
      [applicationId, number, BELOVO, childId],
    );
    await db.query(
      `INSERT INTO email.email_confirmations (id, application_id, municipality_id, email, token_hash, status, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'PENDING', now() + interval '1 day')`,
      [randomUUID(), applicationId, BELOVO, `parent${number}@example.ru`, randomUUID()],
    );
    await db.query(
      `INSERT INTO organizations.organizations (id, municipality_id, kind, name) VALUES ($1, $2, 'PROVIDER', $3)`,
      [organizationId, BELOVO, `Тестовый поставщик ${number}`],
    );
    await db.query(
      `INSERT INTO navigator.programs (id, organization_id, municipality_id, title, registry, age_from, age_to)
       VALUES ($1, $2, $3, $4, 'GENERAL', 5, 17)`,
      [randomUUID(), organizationId, BELOVO, `Программа ${number}`],
    );
  }
}

afterAll(async () => {
  const db = testDatabase();
  await db.query(`DELETE FROM email.email_confirmations WHERE municipality_id = $1`, [BELOVO]);
  await db.query(`DELETE FROM certificates.applications WHERE child_id = ANY($1)`, [childIds]);
  await db.query(`DELETE FROM certificates.children WHERE id = ANY($1)`, [childIds]);
  await db.query(`DELETE FROM navigator.programs WHERE municipality_id = $1`, [BELOVO]);
  await db.query(`DELETE FROM organizations.organizations WHERE municipality_id = $1 AND kind = 'PROVIDER'`, [BELOVO]);
  await closeTestDatabase();
});

describe('the federated graph', () => {
  it('answers one query across all four subgraphs with the demo data', async () => {
    const region = await signIn('region@demo.ru');
    const { municipalities } = await region.data<Result>(ACROSS_THE_GRAPH);

    expect(municipalities.map((m) => m.name)).toEqual(
      expect.arrayContaining(['г. Кемерово', 'г. Новокузнецк', 'г. Прокопьевск', 'г. Междуреченск', 'г. Белово']),
    );
    const novokuznetsk = municipalities.find((m) => m.name === 'г. Новокузнецк')!;
    expect(novokuznetsk.organizations.map((o) => o.name)).toContain('МАУ ДО «ДЮЦ «Орион»');
    expect(novokuznetsk.certificateGroups[0].name).toBe(
      'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа',
    );
    const provider = novokuznetsk.organizations.find((o) => o.programs.length > 0)!;
    expect(new Set(provider.programs.map((p) => p.registry))).toEqual(
      new Set(['CERTIFIED', 'SIGNIFICANT', 'PAID', 'GENERAL']),
    );
  });

  it('resolves the list with the same number of SQL statements for 2 rows as for 25', async () => {
    const region = await signIn('region@demo.ru');
    await addApplications(2);
    const small = await countSqlStatements<Result>(region, ACROSS_THE_GRAPH);
    await addApplications(23);
    const large = await countSqlStatements<Result>(region, ACROSS_THE_GRAPH);

    const belovo = (result: Result) => result.municipalities.find((m) => m.name === 'г. Белово')!;
    expect(belovo(small.data).recentApplications).toHaveLength(2);
    expect(belovo(large.data).recentApplications).toHaveLength(25);
    expect(belovo(large.data).organizations.filter((o) => o.programs.length === 1)).toHaveLength(25);
    expect(belovo(large.data).recentApplications.every((a) => a.emailConfirmation?.status === 'PENDING')).toBe(true);
    expect(large.statements).toEqual(small.statements);
    // Each subgraph answers with a handful of statements, not one per row.
    for (const statements of Object.values(large.statements)) expect(statements).toBeLessThanOrEqual(6);
  });
});
