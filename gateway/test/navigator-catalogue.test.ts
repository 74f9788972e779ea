import { randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoOrganization, hashPassword } from '@pfdo/platform';
import { anonymous, closeTestDatabase, countSqlStatements, GatewayClient, signIn, testDatabase } from '@pfdo/testing';

/**
 * «НАВИГАТОР», the public catalogue (issue 12, part A): anonymous visitors and every role read programs,
 * providers and the map; search by part of a name, «Расширенный поиск», keyset paging, «Исключить…» for a
 * certificate holder, and a page's SQL independent of its size. The demo catalogue's programs have ids
 * 60000000-…-0001 … 0012; other tests may add programs, so the answers are read for those ids.
 */
afterAll(closeTestDatabase);

const NK = DemoMunicipality.novokuznetsk;
const KEM = DemoMunicipality.kemerovo;
const demo = (index: number) => `60000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const indexOf = (id: string) => (id.startsWith('60000000-') ? Number(id.slice(-12)) : null);

const SEARCH = `query ($filter: CatalogueFilter, $first: Int, $after: String) {
  catalogue(filter: $filter, first: $first, after: $after) { programs { id title registry } nextCursor } }`;

interface SearchAnswer {
  catalogue: { programs: Array<{ id: string; title: string; registry: string }>; nextCursor: string | null };
}

async function demoIndexes(client: GatewayClient, filter: Record<string, unknown>): Promise<number[]> {
  const { catalogue } = await client.data<SearchAnswer>(SEARCH, { filter, first: 100 });
  expect(catalogue.nextCursor).toBeNull();
  return catalogue.programs
    .map((program) => indexOf(program.id))
    .filter((index): index is number => index !== null)
    .sort((a, b) => a - b);
}

describe('the catalogue for an anonymous visitor', () => {
  it('answers the catalogue fields and still refuses everything else', async () => {
    const visitor = anonymous();
    const result = await visitor.request(
      `query ($id: ID!) {
        catalogue(filter: { text: "КАТАН" }) { programs { title registry priceKopecks municipality { name } provider { name } } }
        catalogueProgram(id: $id) { title formOfStudy groups { name scheduleText placesTotal freePlaces placeOfStudy { address } } }
        catalogueProviders(municipalityId: "${NK}") { providers { id name } }
        catalogueMunicipalities { id name }
        catalogueMap { kind label }
      }`,
      { id: demo(1) },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test's look into a wide answer
    expect(data.catalogue.programs).toEqual(
      expect.arrayContaining([
        {
          title: 'Фигурное катание: начальная подготовка',
          registry: 'CERTIFIED',
          priceKopecks: 250000,
          municipality: { name: 'г. Новокузнецк' },
          provider: { name: 'МБУ ДО «Спортивная школа «Кузнецкий лёд»' },
        },
      ]),
    );
    expect(data.catalogueProgram.groups[0]).toEqual({
      name: 'Группа 1 (5–7 лет)',
      scheduleText: 'Пн, Ср, Пт 16:00–17:30',
      placesTotal: 15,
      freePlaces: 6,
      placeOfStudy: { address: 'Новокузнецк, пр. Металлургов, 20' },
    });
    expect(data.catalogueProviders.providers.map((p: { id: string }) => p.id)).toContain(DemoOrganization.sportSchool);
    expect(data.catalogueMap.length).toBeGreaterThanOrEqual(11);

    for (const query of ['{ programs { title } }', '{ catalogue { programs { id } } municipalities { id } }']) {
      const refused = await visitor.request(query);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.data ?? null).toBeNull();
    }
    // Under a public field, what is not public stays closed.
    const nested = await visitor.request(`{ catalogueMunicipalities { groupSettings { settings { name } } } }`);
    expect(nested.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(['parent', 'operator@demo.ru', 'provider@demo.ru', 'region@demo.ru'])('is open to %s too', async (login) => {
    expect(await demoIndexes(await signIn(login), { text: 'робот' })).toEqual([5]);
  });
});

describe('search and «Расширенный поиск»', () => {
  const visitor = anonymous();

  it('finds a part of a title in any case, and takes % and _ literally', async () => {
    expect(await demoIndexes(visitor, { text: 'КАТАНИ' })).toEqual([1, 3]);
    expect(await demoIndexes(visitor, { text: '  python ' })).toEqual([7]);
    expect(await demoIndexes(visitor, { text: '%' })).toEqual([]);
    expect(await demoIndexes(visitor, { text: 'ни_' })).toEqual([]);
  });

  it('filters by municipality, registry, age, month of start, free places, price and form of study', async () => {
    expect(await demoIndexes(visitor, { municipalityId: KEM })).toEqual([5, 6, 7, 8, 11, 12]);
    expect(await demoIndexes(visitor, { registry: 'SIGNIFICANT' })).toEqual([2, 6, 12]);
    expect(await demoIndexes(visitor, { registry: 'GENERAL', municipalityId: NK })).toEqual([4, 10]);
    expect(await demoIndexes(visitor, { age: 5 })).toEqual([1, 4]);
    const { rows } = await testDatabase().query(
      `SELECT DISTINCT to_char(starts_on, 'YYYY-MM') AS month FROM navigator.program_groups
        WHERE program_id = $1 AND name = 'Группа 2 (8–10 лет)'`,
      [demo(1)],
    );
    expect(await demoIndexes(visitor, { startMonth: rows[0].month })).toEqual([1, 5, 8, 12]);
    // Промышленный дизайн's one group is full; Робототехника's September group is, its January one is not.
    expect(await demoIndexes(visitor, { freePlacesOnly: true, municipalityId: KEM })).toEqual([5, 7, 8, 11, 12]);
    expect(await demoIndexes(visitor, { maxPriceKopecks: 2500_00 })).toEqual([1, 2, 4, 6, 8, 9, 10, 12]);
    expect(await demoIndexes(visitor, { formOfStudy: 'PART_TIME' })).toEqual([8, 12]);
    expect(await demoIndexes(visitor, { formOfStudy: 'DISTANCE', text: 'python', registry: 'PAID' })).toEqual([7]);
  });

  it('refuses bad filters by field, in Russian', async () => {
    const result = await visitor.request(SEARCH, {
      filter: { age: 40, startMonth: '2026-13', maxPriceKopecks: -1, municipalityId: 'x' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        age: 'Возраст — от 0 до 25 лет',
        startMonth: 'Месяц начала занятий — в виде ГГГГ-ММ',
        maxPriceKopecks: 'Стоимость — от 0 до 1 000 000 ₽',
        municipalityId: 'Неверный муниципалитет',
      },
    });
    const page = await visitor.request(SEARCH, { first: 101 });
    expect(page.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: 'Размер страницы — от 1 до 100' },
    });
  });

  it('refuses a search text longer than 100 characters before reading anything', async () => {
    const result = await visitor.request(SEARCH, { filter: { text: 'а'.repeat(101) } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions?.fields)).toMatch(/Поиск/);
    const providers = await visitor.request(
      `query ($t: String) { catalogueProviders(text: $t) { providers { id } } }`,
      {
        t: 'б'.repeat(101),
      },
    );
    expect(providers.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await visitor.request(SEARCH, { filter: { text: 'а'.repeat(100) } })).errors).toBeUndefined();
  });
});

describe('keyset paging', () => {
  it('walks the catalogue a page at a time, by title, each program once', async () => {
    const visitor = anonymous();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { catalogue }: SearchAnswer = await visitor.data<SearchAnswer>(SEARCH, { first: 5, after });
      expect(catalogue.programs.length).toBeLessThanOrEqual(5);
      seen.push(...catalogue.programs.map((program) => program.title + '|' + program.id));
      after = catalogue.nextCursor;
      pages += 1;
    } while (after && pages < 1000);
    const { catalogue: all } = await visitor.data<SearchAnswer>(SEARCH, { first: 100 });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, all.programs.length)).toEqual(all.programs.map((program) => program.title + '|' + program.id));
    expect(seen.filter((entry) => entry.includes('|60000000-'))).toHaveLength(12);
    const bad = await visitor.request(SEARCH, { first: 5, after: 'не курсор' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: 'Неверная позиция списка. Откройте список заново' },
    });
  });

  it('pages organizations of a municipality', async () => {
    const visitor = anonymous();
    const PROVIDERS = `query ($m: ID, $after: String) { catalogueProviders(municipalityId: $m, first: 1, after: $after) { providers { id name } nextCursor } }`;
    const first = await visitor.data<{
      catalogueProviders: { providers: Array<{ name: string }>; nextCursor: string };
    }>(PROVIDERS, { m: KEM });
    const second = await visitor.data<{ catalogueProviders: { providers: Array<{ name: string }> } }>(PROVIDERS, {
      m: KEM,
      after: first.catalogueProviders.nextCursor,
    });
    expect([...first.catalogueProviders.providers, ...second.catalogueProviders.providers].map((p) => p.name)).toEqual([
      'Детский технопарк «Кванториум-42»',
      'МБУ ДО «Детская художественная школа № 1»',
    ]);
  });
});

describe('«Исключить программы, на которые не получится записаться по моему сертификату»', () => {
  const db = () => testDatabase();

  /** A holder signed in with a certificate number as login; the navigator's copy and group setting as given. */
  async function holder(copy: { status: string; setting?: Record<string, number> } | null): Promise<GatewayClient> {
    const id = randomUUID();
    const number = String(Math.floor(Math.random() * 9e9) + 1e9);
    await db().query(
      `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
       VALUES ($1, $2, $3, 'Держатель сертификата', 'CERTIFICATE_HOLDER', $4)`,
      [id, number, await hashPassword('demo2026'), NK],
    );
    if (copy) {
      const groupName = `Каталог ${id}`;
      if (copy.setting) {
        const s = copy.setting;
        await db().query(
          `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
             significant_programs, general_programs, municipality_limit_kopecks)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 100000000)`,
          [randomUUID(), NK, groupName.toUpperCase(), s.nominal, s.minAge, s.maxAge, s.significant, s.general],
        );
      }
      await db().query(
        `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), number, copy.status, NK, randomUUID(), groupName],
      );
    }
    return signIn(number, 'demo2026');
  }

  it('leaves a certificate the navigator never received only paid programs with a free place', async () => {
    expect(await demoIndexes(await holder(null), { excludeUnavailable: true })).toEqual([3, 7, 11]);
  });

  it('keeps for an activated certificate the registries and ages its group gives, with a free place', async () => {
    const older = await holder({
      status: 'ACTIVATED',
      setting: { nominal: 30_000_00, minAge: 14, maxAge: 18, significant: 2, general: 3 },
    });
    // Промышленный дизайн (12–17, значимая) is full; the programs that end before 14 are out.
    expect(await demoIndexes(older, { excludeUnavailable: true })).toEqual([3, 4, 7, 8, 9, 10, 11, 12]);
    expect(await demoIndexes(older, {})).toHaveLength(12);

    const younger = await holder({
      status: 'ACTIVATED',
      setting: { nominal: 0, minAge: 5, maxAge: 7, significant: 0, general: 1 },
    });
    // No nominal: no certified program; no significant ones; the ages 5–6.
    expect(await demoIndexes(younger, { excludeUnavailable: true })).toEqual([3, 4, 10]);
    expect(await demoIndexes(younger, { excludeUnavailable: true, registry: 'GENERAL' })).toEqual([4, 10]);
  });

  it('leaves a frozen or not activated certificate the paid programs alone', async () => {
    for (const status of ['FROZEN', 'ISSUED']) {
      const client = await holder({
        status,
        setting: { nominal: 30_000_00, minAge: 5, maxAge: 18, significant: 2, general: 3 },
      });
      expect(await demoIndexes(client, { excludeUnavailable: true })).toEqual([3, 7, 11]);
    }
  });

  it.each(['anonymous', 'parent', 'operator@demo.ru', 'provider@demo.ru'])('is refused to %s', async (who) => {
    const client = who === 'anonymous' ? anonymous() : await signIn(who);
    const result = await client.request(SEARCH, { filter: { excludeUnavailable: true } });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        excludeUnavailable: 'Исключить недоступные программы может только владелец сертификата, войдя по его номеру',
      },
    });
    expect(result.data ?? null).toBeNull();
  });
});

describe('SQL statements', () => {
  const PAGE = `query ($first: Int) { catalogue(first: $first) { programs {
    id title registry priceKopecks freePlaces municipality { id }
    provider { name address municipality { id } placesOfStudy { address } }
    groups { name scheduleText startsOn freePlaces placeOfStudy { address latitude } }
  } nextCursor } }`;

  it('does not grow with the page size for programs with their groups, places and providers', async () => {
    const visitor = anonymous();
    type Page = { catalogue: { programs: unknown[] } };
    const small = await countSqlStatements<Page>(visitor, PAGE, { first: 2 });
    const large = await countSqlStatements<Page>(visitor, PAGE, { first: 12 });
    expect(small.data.catalogue.programs).toHaveLength(2);
    expect(large.data.catalogue.programs).toHaveLength(12);
    expect(large.statements.navigator).toBe(small.statements.navigator);
    expect(large.statements.navigator).toBeLessThanOrEqual(5);
  });

  it('does not grow with the number of organizations on an organization page list', async () => {
    const visitor = anonymous();
    const PROVIDERS = `query ($first: Int) { catalogueProviders(first: $first) { providers {
      name municipality { id } programs { title groups { freePlaces } } placesOfStudy { address } } } }`;
    type Page = { catalogueProviders: { providers: unknown[] } };
    const small = await countSqlStatements<Page>(visitor, PROVIDERS, { first: 1 });
    const large = await countSqlStatements<Page>(visitor, PROVIDERS, { first: 4 });
    expect(large.data.catalogueProviders.providers.length).toBeGreaterThan(
      small.data.catalogueProviders.providers.length,
    );
    expect(large.statements.navigator).toBe(small.statements.navigator);
  });
});
