import { randomUUID } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { anonymous, closeTestDatabase, countSqlStatements, GatewayClient, signIn, testDatabase } from '@pfdo/testing';
import { arrangeHolder, arrangeMunicipality } from './enrollment.support';

/**
 * «НОВОСТИ» (issue 15 part B): providers publish for their municipality, municipal registry operators for theirs,
 * the regional operator for the region; each edits and unpublishes only its own; the holder reads his certificate's
 * municipality's and the region's, newest first, paged by a cursor with a constant number of statements.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

const FIELDS = `id title body published authorKind authorOrganization { id name } audienceMunicipality { id name }`;
const PUBLISH = `mutation ($input: NewsInput!) { publishNews(input: $input) { ${FIELDS} } }`;
const EDIT = `mutation ($id: ID!, $input: NewsInput!) { editNews(id: $id, input: $input) { ${FIELDS} } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishNews(id: $id) { ${FIELDS} } }`;
const MY_NEWS = `query ($first: Int, $after: String) { myNews(first: $first, after: $after) { items { ${FIELDS} } nextCursor } }`;
const AUTHORED = `query { authoredNews(first: 50) { items { id title published } nextCursor } }`;

interface News {
  id: string;
  title: string;
  published: boolean;
  authorKind: string;
  authorOrganization: { name: string } | null;
  audienceMunicipality: { id: string; name: string } | null;
}

const publish = async (client: GatewayClient, title: string) =>
  (await client.data<{ publishNews: News }>(PUBLISH, { input: { title, body: `Текст: ${title}` } })).publishNews;

const myNews = async (client: GatewayClient, first = 50, after: string | null = null) =>
  (await client.data<{ myNews: { items: News[]; nextCursor: string | null } }>(MY_NEWS, { first, after })).myNews;

const auditOf = async (id: string) =>
  (
    await testDatabase().query(
      `SELECT action, actor_role FROM navigator.audit_events WHERE subject_id = $1 ORDER BY id`,
      [id],
    )
  ).rows;

describe('«НОВОСТИ»', () => {
  it('reach the holders of the audience: the municipality’s and the region’s, newest first; edits and unpublishing are audited', async () => {
    const tag = randomUUID().slice(0, 8);
    const [provider, operator, kemerovo, region] = await Promise.all(
      ['provider@demo.ru', 'operator@demo.ru', 'operator-kem@demo.ru', 'region@demo.ru'].map((login) => signIn(login)),
    );
    const holder = await arrangeHolder({ municipalityId: DemoMunicipality.novokuznetsk, groupName: 'Новости' });

    const fromProvider = await publish(provider, `Кружок открыт ${tag}`);
    expect(fromProvider).toMatchObject({
      authorKind: 'PROVIDER',
      published: true,
      authorOrganization: { name: expect.any(String) },
      audienceMunicipality: { id: DemoMunicipality.novokuznetsk },
    });
    const fromOperator = await publish(operator, `Приём заявлений ${tag}`);
    expect(fromOperator).toMatchObject({ authorKind: 'MUNICIPALITY', authorOrganization: null });
    const fromKemerovo = await publish(kemerovo, `Кемерово ${tag}`);
    const fromRegion = await publish(region, `Региональная новость ${tag}`);
    expect(fromRegion).toMatchObject({ authorKind: 'REGION', audienceMunicipality: null });

    const seen = (await myNews(holder.client)).items.filter((item) => item.title.endsWith(tag));
    expect(seen.map((item) => item.id)).toEqual([fromRegion.id, fromOperator.id, fromProvider.id]);
    expect(seen.map((item) => item.id)).not.toContain(fromKemerovo.id);

    const edited = await operator.data<{ editNews: News }>(EDIT, {
      id: fromOperator.id,
      input: { title: `Приём заявлений продлён ${tag}`, body: 'До 1 сентября' },
    });
    expect(edited.editNews.title).toBe(`Приём заявлений продлён ${tag}`);
    // Only its author changes an item: another municipality's operator, the region and a provider are told «not found».
    for (const stranger of [kemerovo, region, provider]) {
      const answer = await stranger.request(EDIT, { id: fromOperator.id, input: { title: 'Чужая', body: 'Чужая' } });
      expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await stranger.request(UNPUBLISH, { id: fromOperator.id })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
    }
    const unpublished = await provider.data<{ unpublishNews: News }>(UNPUBLISH, { id: fromProvider.id });
    expect(unpublished.unpublishNews.published).toBe(false);
    const after = (await myNews(holder.client)).items.filter((item) => item.title.endsWith(tag));
    expect(after.map((item) => item.id)).toEqual([fromRegion.id, fromOperator.id]);
    // The author still sees it, unpublished.
    const own = await provider.data<{ authoredNews: { items: News[] } }>(AUTHORED);
    expect(own.authoredNews.items.find((item) => item.id === fromProvider.id)).toMatchObject({ published: false });

    expect(await auditOf(fromOperator.id)).toEqual([
      { action: 'NEWS_PUBLISHED', actor_role: 'MUNICIPAL_OPERATOR' },
      { action: 'NEWS_EDITED', actor_role: 'MUNICIPAL_OPERATOR' },
    ]);
    expect(await auditOf(fromProvider.id)).toEqual([
      { action: 'NEWS_PUBLISHED', actor_role: 'PROVIDER' },
      { action: 'NEWS_UNPUBLISHED', actor_role: 'PROVIDER' },
    ]);
  });

  it('are paged newest first by a cursor, with the same number of statements for a page of 1 and of 20', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_000_00 });
    const holder = await arrangeHolder(municipality);
    // Published «tomorrow», so that no other test's news (published now) comes between them.
    const base = Date.now() + 86_400_000;
    const ids: string[] = [];
    for (let index = 0; index < 25; index += 1) {
      const id = randomUUID();
      ids.unshift(id);
      await testDatabase().query(
        `INSERT INTO navigator.news_items (id, title, body, author_kind, audience_municipality_id, created_by, published_at)
         VALUES ($1, $2, 'Текст', 'MUNICIPALITY', $3, $4, $5)`,
        [id, `Новость ${index}`, municipality.municipalityId, randomUUID(), new Date(base + (index % 5) * 60_000)],
      );
    }
    const expected = (
      await testDatabase().query(
        `SELECT id FROM navigator.news_items WHERE id = ANY($1) ORDER BY published_at DESC, id DESC`,
        [ids],
      )
    ).rows.map((row: { id: string }) => row.id);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await myNews(holder.client, 7, cursor);
      pages.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (pages.length < 25 && cursor);
    expect(pages.slice(0, 25)).toEqual(expected);

    const bad = await holder.client.request(MY_NEWS, { first: 5, after: 'не курсор' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });

    const one = await countSqlStatements(holder.client, MY_NEWS, { first: 1 });
    const twenty = await countSqlStatements(holder.client, MY_NEWS, { first: 20 });
    expect(twenty.statements.navigator).toBe(one.statements.navigator);
    expect(twenty.statements.organizations).toBe(one.statements.organizations);
  });

  it('refuse bad input with Russian messages for each field', async () => {
    const region = await signIn('region@demo.ru');
    const answer = await region.request(PUBLISH, { input: { title: '  ', body: 'x'.repeat(5001) } });
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: 'Укажите заголовок новости', body: 'Текст новости — не более 5000 символов' },
    });
  });

  it('refuse every wrong role at each mutation and query, and change nothing', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    const region = await signIn('region@demo.ru');
    const item = await publish(region, `Для проверки прав ${randomUUID()}`);
    const [orgOperator, citizen] = await Promise.all([signIn('org-pd@demo.ru'), signIn('parent')]);
    const refusals: Array<[string, GatewayClient, string, Record<string, unknown>]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['org-pd', orgOperator],
      ['citizen', citizen],
      ['holder', holder.client],
    ] as const) {
      refusals.push([`${name} publish`, client, PUBLISH, { input: { title: 'Т', body: 'Т' } }]);
      refusals.push([`${name} edit`, client, EDIT, { id: item.id, input: { title: 'Т', body: 'Т' } }]);
      refusals.push([`${name} unpublish`, client, UNPUBLISH, { id: item.id }]);
      refusals.push([`${name} authored`, client, AUTHORED, {}]);
    }
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['org-pd', orgOperator],
      ['region', region],
    ] as const) {
      refusals.push([`${name} my news`, client, MY_NEWS, {}]);
    }
    const codes = [];
    for (const [name, client, query, variables] of refusals) {
      const answer = await client.request(query, variables);
      codes.push([name, answer.errors?.[0].extensions?.code ?? 'none']);
    }
    expect(codes.filter(([, code]) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED')).toEqual([]);
    const { rows } = await testDatabase().query(
      `SELECT title, unpublished_at FROM navigator.news_items WHERE id = $1`,
      [item.id],
    );
    expect(rows[0]).toEqual({ title: item.title, unpublished_at: null });
  });
});
