import { randomInt } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { closeTestDatabase, signIn, testDatabase } from '@pfdo/testing';

afterAll(closeTestDatabase);

const PAGE = `query ($search: ApplicationSearchInput, $first: Int!, $after: String) {
  applicationRegister(search: $search, first: $first, after: $after) { totalCount nextCursor applications { id } }
}`;
type Page = {
  applicationRegister: { totalCount: number; nextCursor: string | null; applications: Array<{ id: string }> };
};

const uniqueSurname = () =>
  `Курсоров${Array.from({ length: 8 }, () => 'абвгдежзиклмнопрстуфхэюя'[randomInt(24)]).join('')}`;

/**
 * Five applications of five children in one SQL statement: `now()` is the transaction's start, so all five
 * share created_at; or five microseconds of one millisecond, which a millisecond cursor cannot tell apart.
 */
async function arrangeFiveApplications(surname: string, createdAt: 'now()' | 'microseconds'): Promise<string[]> {
  const created =
    createdAt === 'now()' ? 'now()' : `date_trunc('milliseconds', now()) + kid.i * interval '1 microsecond'`;
  const { rows } = await testDatabase().query(
    `WITH kid AS (
       SELECT i, gen_random_uuid() AS id, (ARRAY['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья'])[i] AS name FROM generate_series(1, 5) i
     ), child AS (
       INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       SELECT id, $1, name, 'Тестович', current_date - 3650, $2 FROM kid RETURNING id
     )
     INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, applicant_name, created_at)
     SELECT gen_random_uuid(), lpad((floor(random() * 100000000))::int::text, 8, '0'), 'NEW_CERTIFICATE', 'SUBMITTED', $2, kid.id,
            'Тестовая Заявительница', ${created}
       FROM kid JOIN child ON child.id = kid.id
     RETURNING id`,
    [surname, DemoMunicipality.novokuznetsk],
  );
  return rows.map((row: { id: string }) => row.id);
}

async function pageThrough(login: string, search: Record<string, unknown>, first: number): Promise<string[]> {
  const client = await signIn(login);
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages += 1) {
    const { applicationRegister }: Page = await client.data<Page>(PAGE, { search, first, after });
    seen.push(...applicationRegister.applications.map((row) => row.id));
    after = applicationRegister.nextCursor;
    if (!after) break;
  }
  return seen;
}

describe('Data integrity (no OWASP API Top 10 item) — the register’s keyset cursor loses no row', () => {
  it.each([
    ['now()', 'operator@demo.ru'],
    ['now()', 'region@demo.ru'],
    ['microseconds', 'operator@demo.ru'],
    ['microseconds', 'region@demo.ru'],
  ] as const)(
    'pages through five applications created at %s, two at a time, each exactly once (%s)',
    async (createdAt, login) => {
      const surname = uniqueSurname();
      const ids = await arrangeFiveApplications(surname, createdAt);
      const seen = await pageThrough(login, { surname }, 2);
      expect(seen).toHaveLength(5);
      expect([...seen].sort()).toEqual([...ids].sort());
    },
  );

  it('keeps the order newest first, ties broken by id, across pages of one', async () => {
    const surname = uniqueSurname();
    const ids = await arrangeFiveApplications(surname, 'now()');
    expect(await pageThrough('operator@demo.ru', { surname }, 1)).toEqual([...ids].sort().reverse());
  });
});

describe('API8:2023 Security Misconfiguration — the register’s cursor is opaque and validated', () => {
  it.each([
    ['not base64 of a cursor', 'nonsense'],
    [
      'a millisecond timestamp (the old format)',
      Buffer.from('2026-01-01T00:00:00.000Z|00000000-0000-4000-8000-000000000000').toString('base64url'),
    ],
    ['an id that is no uuid', Buffer.from("1767225600000000|1' OR '1'='1").toString('base64url')],
  ])('refuses a forged cursor: %s', async (_name, after) => {
    const result = await (await signIn('operator@demo.ru')).request(PAGE, { first: 2, after });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Неверный курсор страницы',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
