import { ASTNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, ValueNode } from 'graphql';

/**
 * The cost of one operation, as the cost limit counts it (query-limits.ts, GraphQL Armor's model: a scalar 1,
 * an object 2, ×1.5 per level of nesting, × its `first`/`last`, introspection free), except that a page size
 * given in a variable counts too: a partner's budget per minute (README, «Partners») must not be emptied for
 * free by `certificateRegister(first: $n)`.
 */
const SCALAR = 1;
const OBJECT = 2;
const DEPTH_FACTOR = 1.5;
/** A fragment spread inside itself (which validation refuses anyway) costs this, as in Armor. */
const FRAGMENT_RECURSION = 1_000;

export function operationCost(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const visiting = new Set<string>();
  const pageSize = (value: ValueNode): number => {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10) || 1;
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      return typeof given === 'number' && Number.isFinite(given) ? Math.max(1, Math.trunc(given)) : 1;
    }
    return 1;
  };
  const cost = (node: ASTNode): number => {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value;
      const fragment = fragments.get(name);
      if (!fragment) return SCALAR;
      if (visiting.has(name)) return FRAGMENT_RECURSION;
      visiting.add(name);
      const inner = cost(fragment);
      visiting.delete(name);
      return SCALAR + DEPTH_FACTOR * inner;
    }
    if (!('selectionSet' in node) || !node.selectionSet) return SCALAR;
    let total = OBJECT;
    for (const child of node.selectionSet.selections) total += DEPTH_FACTOR * cost(child);
    let multiplier = 1;
    if (node.kind === Kind.FIELD) {
      const page = node.arguments?.find((argument) => ['first', 'last'].includes(argument.name.value));
      if (page) multiplier = Math.max(multiplier, pageSize(page.value));
    }
    return total * multiplier;
  };
  const total = operation.selectionSet.selections.reduce((sum, child) => sum + cost(child), 0);
  return Math.ceil(total);
}
