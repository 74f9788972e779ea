import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationCost } from './operation-cost';

function costOf(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost(operation, fragments, variables);
}

describe('operationCost', () => {
  it('counts a scalar 1 and an object 2 plus 1.5 × its fields', () => {
    expect(costOf('{ a }')).toBe(1);
    expect(costOf('{ a { b c } }')).toBe(5);
    // 2 + 1.5 × (2 + 1.5 × 1) = 7.25, rounded up to a whole point.
    expect(costOf('{ a { b { c } } }')).toBe(8);
  });

  it('multiplies a list by its page size, given literally or in a variable', () => {
    expect(costOf('{ list(first: 10) { id } }')).toBe(35);
    expect(costOf('query ($n: Int) { list(first: $n) { id } }', { n: 10 })).toBe(35);
    expect(costOf('query ($n: Int) { list(first: $n) { id } }')).toBe(4);
  });

  it('counts fragments where they are spread, and introspection as free', () => {
    // 2 + 1.5 × (1 + 1.5 × (2 + 1.5 + 1.5)) = 14.75: the spread one level down, as Armor counts it.
    expect(costOf('{ a { ...F } } fragment F on A { b c }')).toBe(15);
    expect(costOf('{ __schema { types { name } } }')).toBe(0);
  });
});
