import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { CREDENTIAL_HEADER } from '@pfdo/platform';
import { anonymous, GatewayClient, gatewayCredential, signIn, SUBGRAPH_PORTS } from '@pfdo/testing';

/** Each refusal must come at once: a request that waits this long is what the limits are for. */
const BOUNDED_MS = 10_000;

async function ask(client: GatewayClient, query: string, requestId = randomUUID()) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${BOUNDED_MS} ms`)), BOUNDED_MS);
  });
  try {
    return await Promise.race([client.request(query, {}, { requestId }), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** 22 fragments, each spreading the next twice: 900 bytes that stand for 2^22 selections. */
function fragmentFanOut(levels: number): string {
  let query = 'query { ...F0 }\n';
  for (let level = 0; level < levels; level++)
    query += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`;
  return `${query}fragment F${levels} on Query { me { id login } }\n`;
}

const aliases = (count: number, field: string) =>
  `query { ${Array.from({ length: count }, (_unused, index) => `a${index}: ${field}`).join(' ')} }`;

/** SQL statements the certificates subgraph, which owns the register, sent for one request id. */
async function registerStatementsFor(requestId: string): Promise<number> {
  const response = await fetch(
    `http://127.0.0.1:${SUBGRAPH_PORTS.certificates}/internal/sql-stats?requestId=${requestId}`,
    {
      headers: { [CREDENTIAL_HEADER]: await gatewayCredential() },
    },
  );
  return ((await response.json()) as { statements: number }).statements;
}

describe('API4:2023 Unrestricted Resource Consumption — every query is measured before it is planned', () => {
  it.each([
    ['fragment fan-out (22 levels)', () => fragmentFanOut(22), 'QUERY_TOO_COMPLEX'],
    ['fragment fan-out (60 levels)', () => fragmentFanOut(60), 'QUERY_TOO_COMPLEX'],
    ['5 000 aliases of me', () => aliases(5_000, 'me { id }'), 'TOO_MANY_TOKENS'],
    ['16 aliases of me', () => aliases(16, 'me { id }'), 'TOO_MANY_ALIASES'],
    ['a long document of many fields', () => `query { me { ${'id '.repeat(2_500)} } }`, 'TOO_MANY_TOKENS'],
    [
      '21 directives',
      () => `query { me { ${Array.from({ length: 21 }, () => 'id @include(if: true)').join(' ')} } }`,
      'TOO_MANY_DIRECTIVES',
    ],
    [
      'nesting 13 levels deep',
      () => `query { me { municipality { ${'certificateGroups { municipality { '.repeat(6)}id${' } }'.repeat(6)} } } }`,
      'QUERY_TOO_DEEP',
    ],
  ])('an anonymous %s is refused with a clear code', async (_name, build, code) => {
    const answer = await ask(anonymous(), build());
    expect(answer.status).toBe(400);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toContain(code);
    const refusal = answer.errors!.find((error) => error.extensions?.code === code)!;
    expect(refusal.message).toMatch(/[а-яё]/i);
    expect(typeof refusal.extensions?.limit).toBe('number');
  });

  it.each([
    [1_000, 'TOO_MANY_TOKENS'],
    [100, 'TOO_MANY_ALIASES'],
  ])(
    'refuses %i aliases of applicationRegister (%s) before the register runs a single SQL statement',
    async (count, code) => {
      const operator = await signIn('operator@demo.ru');
      const requestId = randomUUID();
      const answer = await ask(
        operator,
        aliases(count, 'applicationRegister(first: 100) { totalCount applications { id } }'),
        requestId,
      );
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(expect.arrayContaining([code]));
      expect(await registerStatementsFor(requestId)).toBe(0);
    },
  );

  it('refuses a costly page multiplied by a literal `first` for a signed-in operator too', async () => {
    const operator = await signIn('operator@demo.ru');
    const nested =
      'applications { id history { action } child { documents { id } municipality { certificateGroups { id name } } } }';
    const answer = await ask(
      operator,
      `query { applicationRegister(first: 100) { ${nested} } municipalities { id recentApplications { id } } }`,
    );
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('lets the standard introspection query through in development (Sandbox, codegen, rover)', async () => {
    const answer = await ask(anonymous(), getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(20);
  });

  it('lets the web app’s costliest screens through', async () => {
    const parent = await signIn('parent');
    const children = await ask(
      parent,
      `query { me { id children { id surname name patronymic birthDate municipality { id name }
        documents { id type series number issueDate } application { id number status statusName createdAt }
        certificate { id number status municipality { name } group { name } } eligibleCertificateGroups { id name } } } }`,
    );
    expect(children.errors).toBeUndefined();
  });

  it('names no field the caller did not ask for («Did you mean …» is off)', async () => {
    const answer = await ask(await signIn('parent'), 'query { mee { id } }');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.errors)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(answer.errors)).not.toMatch(/"me"/);
  });
});
