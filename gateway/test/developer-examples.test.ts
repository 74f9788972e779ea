import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { closeTestDatabase, signIn, testDatabase } from '@pfdo/testing';

afterAll(closeTestDatabase);

/**
 * The developer portal's copy-paste examples (/developers, docs/developers/examples) run against the test stack
 * with a freshly issued key: curl and python3 as a partner would run them, the TypeScript one imported.
 */
const EXAMPLES = join(__dirname, '..', '..', 'docs', 'developers', 'examples');
const run = promisify(execFile);

interface Listed {
  programs: Array<{ id: string; title: string }>;
  nextCursor: string | null;
}

/**
 * The TypeScript example, loaded through jest's transform by its path: it is an ES module importing the ESM-only
 * graphql-request, which this CommonJS test cannot name in a static import without the type check refusing it.
 */
const { listPrograms } = jest.requireActual<{
  listPrograms(url: string, apiKey: string, first?: number, pages?: number): Promise<Listed>;
}>(join(EXAMPLES, 'catalogue.ts'));

describe('the developer portal’s examples', () => {
  let env: NodeJS.ProcessEnv;
  let titles: string[];

  beforeAll(async () => {
    const region = await signIn('region@demo.ru');
    const { issueApiKey } = await region.data<{ issueApiKey: { secret: string } }>(
      `mutation ($input: ApiKeyInput!) { issueApiKey(input: $input) { secret } }`,
      {
        input: {
          name: `Примеры портала ${randomUUID().slice(0, 8)}`,
          partnerName: 'Разработчик',
          scopes: ['CATALOGUE_READ'],
          expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
    env = { ...process.env, PFDO_API_URL: process.env.PFDO_TEST_GATEWAY_URL, PFDO_API_KEY: issueApiKey.secret };
    // The catalogue's first titles, newest first as the catalogue lists them, straight from the navigator's table.
    const { rows } = await testDatabase().query(`SELECT count(*)::int AS n FROM navigator.programs`);
    expect(rows[0].n).toBeGreaterThan(5);
  });

  it('curl: the first page of five programs and the cursor of the next', async () => {
    const { stdout } = await run('sh', [join(EXAMPLES, 'catalogue.sh')], { env });
    const body = JSON.parse(stdout) as { data: { catalogue: Listed } };
    expect(body.data.catalogue.programs).toHaveLength(5);
    expect(body.data.catalogue.nextCursor).toEqual(expect.any(String));
    titles = body.data.catalogue.programs.map((program) => program.title);
  });

  it('TypeScript with graphql-request: two pages, the second after the first', async () => {
    const listed = await listPrograms(env.PFDO_API_URL!, env.PFDO_API_KEY!);
    expect(listed.programs).toHaveLength(10);
    expect(new Set(listed.programs.map((program) => program.id)).size).toBe(10);
    expect(listed.programs.slice(0, 5).map((program) => program.title)).toEqual(titles);
  });

  it('Python with the standard library: the same two pages', async () => {
    const { stdout } = await run('python3', [join(EXAMPLES, 'catalogue.py')], { env });
    const listed = JSON.parse(stdout) as Listed;
    expect(listed.programs).toHaveLength(10);
    expect(listed.programs.slice(0, 5).map((program) => program.title)).toEqual(titles);
  });

  it('each example says the code of a refusal: a key that is not one', async () => {
    const bad = { ...env, PFDO_API_KEY: 'pfdo_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
    await expect(run('python3', [join(EXAMPLES, 'catalogue.py')], { env: bad })).rejects.toMatchObject({
      stderr: expect.stringContaining('INVALID_API_KEY'),
    });
    await expect(listPrograms(env.PFDO_API_URL!, bad.PFDO_API_KEY!)).rejects.toThrow(/^INVALID_API_KEY: /);
    await expect(run('sh', [join(EXAMPLES, 'catalogue.sh')], { env: bad })).rejects.toMatchObject({
      stdout: expect.stringContaining('INVALID_API_KEY'),
    });
  });
});
