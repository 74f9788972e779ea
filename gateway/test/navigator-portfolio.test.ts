import {
  anonymous,
  closeTestDatabase,
  GatewayClient,
  signIn,
  testDatabase,
  tinyGif,
  tinyPdf,
  tinyPng,
} from '@pfdo/testing';
import { PORTFOLIO_FILES_PER_DAY } from '../../subgraphs/navigator/src/portfolio/portfolio.routes';
import {
  arrangeHolder,
  arrangeMunicipality,
  arrangeOtherProvider,
  arrangeProgram,
  CONFIRM,
  CREATE,
} from './enrollment.support';

/**
 * «ПОРТФОЛИО» (issue 15 part B): the family adds the child's achievements with a file (PDF, JPEG, PNG by content, up
 * to 5 MB), a provider adds them for a child with a contract at it; the holder sees all and deletes his family's,
 * a provider sees and deletes only its own; a file is downloaded only by those the item is shown to.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

const FIELDS = `id certificateNumber title kind achievedOn eventOrProgram canDelete addedByOrganization { id }
  file { name contentType sizeBytes url }`;
const ADD = `mutation ($input: PortfolioItemInput!) { addPortfolioItem(input: $input) { ${FIELDS} } }`;
const ADD_FOR = `mutation ($number: String!, $input: PortfolioItemInput!) {
  addPortfolioItemForCertificate(certificateNumber: $number, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deletePortfolioItem(id: $id) }`;
const MINE = `query { myPortfolio { ${FIELDS} } }`;
const PROVIDERS = `query ($number: String) { providerPortfolio(certificateNumber: $number) { ${FIELDS} } }`;

interface Item {
  id: string;
  title: string;
  canDelete: boolean;
  file: { name: string; contentType: string; sizeBytes: number; url: string } | null;
}

async function upload(client: GatewayClient, bytes: Buffer, contentType = 'application/octet-stream') {
  const response = await client.http('/uploads/portfolio-files', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(bytes),
  });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; error?: { code: string; message: string } },
  };
}

const input = (title: string, fileId: string | null = null) => ({
  title,
  kind: 'WIN',
  achievedOn: '2026-05-20',
  eventOrProgram: 'Областной турнир по шахматам',
  fileId,
  fileName: fileId ? 'Диплом победителя.pdf' : null,
});

const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  answer.errors?.[0].extensions?.code;

async function holderWithContract() {
  const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
  const holder = await arrangeHolder(municipality);
  const program = await arrangeProgram({ registry: 'GENERAL' });
  const provider = await signIn('provider@demo.ru');
  const request = (
    await holder.client.data<{ createEnrollmentRequest: { id: string } }>(CREATE, {
      groupId: program.groupIds[0],
    })
  ).createEnrollmentRequest;
  await provider.data(CONFIRM, { id: request.id });
  return { municipality, holder, provider };
}

describe('«ПОРТФОЛИО»', () => {
  it('the family adds an item with a PDF and downloads it; only those entitled get the file', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    const pdf = tinyPdf('diploma');
    const uploaded = await upload(holder.client, pdf, 'application/pdf');
    expect(uploaded).toMatchObject({ status: 201, body: { id: expect.any(String) } });
    const { addPortfolioItem: item } = await holder.client.data<{ addPortfolioItem: Item }>(ADD, {
      input: input('Победа в турнире', uploaded.body.id!),
    });
    expect(item).toMatchObject({
      title: 'Победа в турнире',
      canDelete: true,
      file: { name: 'Диплом победителя.pdf', contentType: 'application/pdf', sizeBytes: pdf.length },
    });

    const download = await holder.client.http(item.file!.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('Диплом победителя.pdf'));
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const stranger = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    const provider = await signIn('provider@demo.ru');
    expect((await stranger.client.http(item.file!.url)).status).toBe(404);
    expect((await provider.http(item.file!.url)).status).toBe(404);
    expect((await anonymous().http(item.file!.url)).status).toBe(401);

    // A file is attached once, and only by the account that uploaded it.
    const reused = await holder.client.request(ADD, { input: input('Ещё раз', uploaded.body.id!) });
    expect(codeOf(reused)).toBe('NOT_FOUND');
    const foreign = await upload(stranger.client, tinyPng(), 'image/png');
    expect(codeOf(await holder.client.request(ADD, { input: input('Чужой файл', foreign.body.id!) }))).toBe(
      'NOT_FOUND',
    );

    const deleted = await holder.client.data<{ deletePortfolioItem: boolean }>(DELETE, { id: item.id });
    expect(deleted.deletePortfolioItem).toBe(true);
    expect((await holder.client.data<{ myPortfolio: Item[] }>(MINE)).myPortfolio).toEqual([]);
    const files = await testDatabase().query(`SELECT 1 FROM navigator.portfolio_files WHERE id = $1`, [
      uploaded.body.id,
    ]);
    expect(files.rows).toEqual([]);
    const audit = await testDatabase().query(
      `SELECT action, actor_role FROM navigator.audit_events WHERE subject_id = $1 ORDER BY id`,
      [item.id],
    );
    expect(audit.rows).toEqual([
      { action: 'PORTFOLIO_ITEM_ADDED', actor_role: 'CERTIFICATE_HOLDER' },
      { action: 'PORTFOLIO_ITEM_DELETED', actor_role: 'CERTIFICATE_HOLDER' },
    ]);
  });

  it('refuses files that are not a PDF, JPEG or PNG by content, too large or empty, and bad fields', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    const gif = await upload(holder.client, tinyGif(), 'image/png');
    expect(gif).toEqual({
      status: 415,
      body: {
        error: {
          code: 'UNSUPPORTED_PORTFOLIO_FILE_FORMAT',
          message: 'Неподдерживаемый формат файла. Поддерживаемые форматы .PDF, .JPG, .JPEG, .PNG',
        },
      },
    });
    const renamed = await upload(holder.client, Buffer.from('Диплом, но текстом'), 'application/pdf');
    expect(renamed.status).toBe(415);
    const large = Buffer.concat([tinyPdf('big'), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await upload(holder.client, large, 'application/pdf')).toMatchObject({
      status: 413,
      body: { error: { code: 'PORTFOLIO_FILE_TOO_LARGE', message: 'Файл слишком большой: не более 5 МБ' } },
    });
    expect((await upload(holder.client, Buffer.alloc(0))).body.error?.code).toBe('NO_FILE');
    const operator = await signIn('operator@demo.ru');
    expect((await upload(operator, tinyPdf(), 'application/pdf')).status).toBe(403);
    expect((await upload(anonymous(), tinyPdf(), 'application/pdf')).status).toBe(401);

    const bad = await holder.client.request(ADD, {
      input: { title: ' ', kind: 'PRIZE', achievedOn: '2999-01-01', eventOrProgram: '' },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: 'Укажите название достижения', achievedOn: 'Дата достижения не может быть в будущем' },
    });
  });

  it(`takes ${PORTFOLIO_FILES_PER_DAY} files a day from one account, then answers 429 with Retry-After and keeps nothing`, async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holder = await arrangeHolder(municipality);
    const other = await arrangeHolder(municipality);
    const filesOf = async (userId: string) =>
      Number(
        (await testDatabase().query(`SELECT count(*) FROM navigator.portfolio_files WHERE uploaded_by = $1`, [userId]))
          .rows[0].count,
      );
    for (let index = 0; index < PORTFOLIO_FILES_PER_DAY; index += 1) {
      expect((await upload(holder.client, tinyPng(), 'image/png')).status).toBe(201);
    }
    const response = await holder.client.http('/uploads/portfolio-files', {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: new Uint8Array(tinyPng()),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(
      new RegExp(
        `^Превышен дневной лимит загрузки файлов портфолио: не более ${PORTFOLIO_FILES_PER_DAY} файлов в сутки`,
      ),
    );
    expect(await filesOf(holder.id)).toBe(PORTFOLIO_FILES_PER_DAY);
    // Another account's allowance is its own.
    expect((await upload(other.client, tinyPng(), 'image/png')).status).toBe(201);
  });

  it('a provider adds for a child with a contract at it; the holder sees all, each deletes only his own', async () => {
    const { holder, provider } = await holderWithContract();
    const png = await upload(provider, tinyPng(), 'image/png');
    expect(png.status).toBe(201);
    const { addPortfolioItemForCertificate: byProvider } = await provider.data<{
      addPortfolioItemForCertificate: Item;
    }>(ADD_FOR, { number: holder.number, input: { ...input('Призёр первенства', png.body.id!), kind: 'PRIZE' } });
    const { addPortfolioItem: byFamily } = await holder.client.data<{ addPortfolioItem: Item }>(ADD, {
      input: { ...input('Участие в выставке'), kind: 'PARTICIPATION', achievedOn: '2026-03-01' },
    });

    const mine = (await holder.client.data<{ myPortfolio: Item[] }>(MINE)).myPortfolio;
    expect(mine.map((item) => [item.title, item.canDelete])).toEqual([
      ['Призёр первенства', false],
      ['Участие в выставке', true],
    ]);
    expect((await holder.client.http(byProvider.file!.url)).status).toBe(200);
    expect((await provider.http(byProvider.file!.url)).headers.get('content-type')).toBe('image/png');
    expect(codeOf(await holder.client.request(DELETE, { id: byProvider.id }))).toBe('NOT_FOUND');
    expect(codeOf(await provider.request(DELETE, { id: byFamily.id }))).toBe('NOT_FOUND');

    const providers = await provider.data<{ providerPortfolio: Item[] }>(PROVIDERS, { number: holder.number });
    expect(providers.providerPortfolio.map((item) => item.id)).toEqual([byProvider.id]);
    const other = await arrangeOtherProvider();
    expect(
      (await other.data<{ providerPortfolio: Item[] }>(PROVIDERS, { number: holder.number })).providerPortfolio,
    ).toEqual([]);
    expect((await other.http(byProvider.file!.url)).status).toBe(404);
    // A certificate without a contract at the provider is «not found».
    const outsider = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    expect(codeOf(await provider.request(ADD_FOR, { number: outsider.number, input: input('Чужой') }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await other.request(ADD_FOR, { number: holder.number, input: input('Чужой') }))).toBe('NOT_FOUND');

    expect(
      (await provider.data<{ deletePortfolioItem: boolean }>(DELETE, { id: byProvider.id })).deletePortfolioItem,
    ).toBe(true);
    expect((await holder.client.data<{ myPortfolio: Item[] }>(MINE)).myPortfolio.map((item) => item.id)).toEqual([
      byFamily.id,
    ]);
  });

  it('refuses every wrong role at each mutation and query, and changes nothing', async () => {
    const { holder, provider } = await holderWithContract();
    const { addPortfolioItem: item } = await holder.client.data<{ addPortfolioItem: Item }>(ADD, {
      input: input('Для проверки прав'),
    });
    const [operator, region, orgOperator, citizen] = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'parent'].map((login) => signIn(login)),
    );
    const refusals: Array<[string, GatewayClient, string, Record<string, unknown>]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['operator', operator],
      ['region', region],
      ['org-pd', orgOperator],
      ['citizen', citizen],
    ] as const) {
      refusals.push([`${name} add`, client, ADD, { input: input('Т') }]);
      refusals.push([`${name} add for`, client, ADD_FOR, { number: holder.number, input: input('Т') }]);
      refusals.push([`${name} delete`, client, DELETE, { id: item.id }]);
      refusals.push([`${name} mine`, client, MINE, {}]);
      refusals.push([`${name} provider's`, client, PROVIDERS, {}]);
    }
    refusals.push(['provider add', provider, ADD, { input: input('Т') }]);
    refusals.push(['provider mine', provider, MINE, {}]);
    refusals.push(['holder add for', holder.client, ADD_FOR, { number: holder.number, input: input('Т') }]);
    refusals.push(['holder provider’s', holder.client, PROVIDERS, {}]);
    const codes = [];
    for (const [name, client, query, variables] of refusals) {
      codes.push([name, codeOf(await client.request(query, variables)) ?? 'none']);
    }
    expect(codes.filter(([, code]) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED')).toEqual([]);
    const { rows } = await testDatabase().query(
      `SELECT title FROM navigator.portfolio_items WHERE certificate_id = $1`,
      [holder.id],
    );
    expect(rows).toEqual([{ title: 'Для проверки прав' }]);
  });
});
