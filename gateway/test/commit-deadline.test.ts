import { randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, DemoMunicipality, DemoUser, Identity, TIME_BUDGET_HEADER } from '@pfdo/platform';
import { closeTestDatabase, gatewayCredential, SUBGRAPH_PORTS, testDatabase } from '@pfdo/testing';

/**
 * A subgraph commits nothing its caller has given up on: the gateway sends its time budget with every call
 * (`SUBGRAPH_TIMEOUT_MS`), and a request's transaction still open when the budget (less the room for the
 * answer) has passed is rolled back and answered SERVICE_BUSY. Before, a subgraph slowed down by load went on
 * and committed after the gateway had told the caller the request failed.
 */

const region: Identity = {
  userId: DemoUser.region,
  role: 'REGIONAL_OPERATOR',
  fullName: 'Кузнецова Анна Дмитриевна',
  login: 'region@demo.ru',
  organizationId: null,
  municipalityId: null,
  canViewPersonalData: true,
  canConfirmApplications: true,
};

const SET = `mutation ($id: ID!, $text: String!) { setMunicipalRegulationExcerpt(municipalityId: $id, excerpt: $text) { id } }`;

async function setExcerpt(text: string, budgetMs?: number) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [CREDENTIAL_HEADER]: await gatewayCredential(region),
  };
  if (budgetMs !== undefined) headers[TIME_BUDGET_HEADER] = String(budgetMs);
  const response = await fetch(`http://127.0.0.1:${SUBGRAPH_PORTS.certificates}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: SET, variables: { id: DemoMunicipality.belovo, text } }),
  });
  return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

async function storedExcerpt(): Promise<string | null> {
  const { rows } = await testDatabase().query(
    `SELECT excerpt FROM certificates.municipal_regulation_excerpts WHERE municipality_id = $1`,
    [DemoMunicipality.belovo],
  );
  return rows[0]?.excerpt ?? null;
}

const auditsOf = async (text: string) =>
  (
    await testDatabase().query(
      `SELECT count(*)::int AS count FROM certificates.audit_events WHERE action = 'REGULATION_EXCERPT_CHANGED' AND after->>'excerpt' = $1`,
      [text],
    )
  ).rows[0].count;

afterAll(closeTestDatabase);

describe('the commit deadline of a subgraph request', () => {
  it('rolls back a transaction its caller has given up on, and answers SERVICE_BUSY', async () => {
    const before = await storedExcerpt();
    const late = `Выдержка, которую никто не дождался (${randomUUID().slice(0, 8)})`;
    // A budget of 1 ms has passed long before the mutation's transaction (a locking read, a write, the audit) commits.
    const refused = await setExcerpt(late, 1);
    expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_BUSY');
    expect(await storedExcerpt()).toBe(before);
    expect(await auditsOf(late)).toBe(0);
  });

  it('commits within the budget, and without one (work that is not a gateway request)', async () => {
    const inTime = `Выдержка в срок (${randomUUID().slice(0, 8)})`;
    expect((await setExcerpt(inTime, 60_000)).errors).toBeUndefined();
    expect(await storedExcerpt()).toBe(inTime);
    expect(await auditsOf(inTime)).toBe(1);

    const unbounded = `Выдержка без срока (${randomUUID().slice(0, 8)})`;
    expect((await setExcerpt(unbounded)).errors).toBeUndefined();
    expect(await storedExcerpt()).toBe(unbounded);
  });
});
