import { intendedPaths, unintendedBreakingChanges } from './schema-breaking';

const BEFORE = `
type Query { programs(first: Int): [Program!]! program(id: ID!): Program }
type Program { id: ID! title: String! registry: Registry! }
enum Registry { CERTIFIED SIGNIFICANT }
`;

async function breaking(after: string, intended = '') {
  return (await unintendedBreakingChanges(BEFORE, after, intendedPaths(intended))).map((change) => change.path);
}

describe('breaking changes of the API schema', () => {
  it('lets additions through', async () => {
    const after = `${BEFORE.replace('registry: Registry!', 'registry: Registry! ageFrom: Int')}
      type Provider { id: ID! }`;
    expect(await breaking(after)).toEqual([]);
  });

  it('reports a removed field, a removed enum value and a new required argument', async () => {
    const after = `
      type Query { programs(first: Int, municipalityId: ID!): [Program!]! program(id: ID!): Program }
      type Program { id: ID! registry: Registry! }
      enum Registry { CERTIFIED }`;
    expect((await breaking(after)).sort()).toEqual(
      ['Program.title', 'Query.programs.municipalityId', 'Registry.SIGNIFICANT'].sort(),
    );
  });

  it('lets through what the intended list names, with its reason', async () => {
    const after = BEFORE.replace('title: String! ', '');
    expect(await breaking(after)).toEqual(['Program.title']);
    expect(await breaking(after, '# removed on purpose\nProgram.title  # announced 2026-09-01\n')).toEqual([]);
  });
});
