import { buildSchema, graphql } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { Identity } from './identity';
import { canReadMunicipalRecord, isOperator, subgraphShield } from './shield';

/**
 * What a rule costs: graphql-shield runs a type's rule for every field of every row, so a rule must not
 * hash the whole row (it did, with `cache: 'strict'`), and a rule of the caller alone runs once per request.
 */
const SDL = `
  type Row { id: ID!, number: String!, status: String! }
  type _Service { sdl: String }
  type Query { rows(count: Int!, municipalityId: ID!): [Row], _service: _Service, _entities: [Row] }
`;
const OWN = 'm-1';
const OTHER = 'm-2';

const operator = (role: Identity['role'], municipalityId: string | null): Identity => ({
  userId: 'u-1',
  role,
  fullName: 'Оператор',
  login: 'operator@demo.ru',
  organizationId: null,
  municipalityId,
  canViewPersonalData: true,
  canConfirmApplications: true,
});

/** Rows whose every other property counts its reads: what a rule reads beyond `municipalityId` shows. */
function rows(count: number, municipalityId: string, reads: { other: number }) {
  return Array.from({ length: count }, (_, index) => {
    const row: Record<string, unknown> = { municipalityId };
    for (const [name, value] of Object.entries({
      id: `a-${index}`,
      number: String(10000000 + index),
      status: 'SUBMITTED',
      history: { note: 'x'.repeat(100) },
    })) {
      Object.defineProperty(row, name, {
        enumerable: true,
        get: () => {
          reads.other += 1;
          return value;
        },
      });
    }
    return row;
  });
}

async function run(identity: Identity | null, count: number, municipalityId = OWN) {
  const reads = { other: 0, identity: 0 };
  const schema = applyMiddleware(
    buildSchema(SDL),
    subgraphShield({ Query: { rows: isOperator }, Row: canReadMunicipalRecord }),
  );
  const context = {
    get identity() {
      reads.identity += 1;
      return identity;
    },
  };
  const result = await graphql({
    schema,
    source: '{ rows(count: 1, municipalityId: "x") { id number status } }',
    rootValue: { rows: () => rows(count, municipalityId, reads) },
    contextValue: context,
  });
  // The resolvers themselves read id, number and status once per row.
  return { result, otherReads: reads.other - 3 * count, identityReads: reads.identity };
}

describe('the shield of a list', () => {
  it('reads of each row only what its rules read (no hashing of the whole row)', async () => {
    const { result, otherReads } = await run(operator('MUNICIPAL_OPERATOR', OWN), 20);
    expect(result.errors).toBeUndefined();
    expect((result.data?.rows as unknown[]).length).toBe(20);
    expect(otherReads).toBe(0);
  });

  it('asks who the caller is as often for twenty rows as for one', async () => {
    const one = await run(operator('MUNICIPAL_OPERATOR', OWN), 1);
    const twenty = await run(operator('MUNICIPAL_OPERATOR', OWN), 20);
    expect(twenty.identityReads).toBe(one.identityReads);
  });

  it('keeps the rules: another municipality is refused, the regional operator reads it, a citizen reads nothing', async () => {
    const other = await run(operator('MUNICIPAL_OPERATOR', OWN), 3, OTHER);
    expect(other.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const regional = await run(operator('REGIONAL_OPERATOR', null), 3, OTHER);
    expect(regional.result.errors).toBeUndefined();
    const citizen = await run(operator('CITIZEN', OWN), 3);
    expect(citizen.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await run(null, 3);
    expect(anonymous.result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
