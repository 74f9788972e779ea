import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedInputType,
  GraphQLSchema,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareFunction } from 'graphql-middleware';
import { invalidFields } from './errors';
import { DEFAULT_ID_RULE, DEFAULT_TEXT_RULE, InputRule, refusalOf } from './input-text';

/**
 * Rules by schema coordinate: `InputType.field` for a field of an input type, `Type.field(argument:)` for an
 * argument. A String or ID that no rule names gets the default rule of its type.
 */
export type InputRules = Record<string, InputRule>;

/** Fields the gateway calls itself, with values it took from another subgraph, never from a client. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

const isText = (type: GraphQLNamedInputType) => isScalarType(type) && (type.name === 'String' || type.name === 'ID');

/** Every String and ID leaf that a value of this input type can hold, by coordinate. */
function textLeaves(
  type: GraphQLInputType,
  coordinate: string,
  into: Map<string, GraphQLNamedInputType>,
  seen = new Set<string>(),
): void {
  const named = getNamedType(type);
  if (isText(named)) into.set(coordinate, named);
  if (!isInputObjectType(named) || seen.has(named.name)) return;
  seen.add(named.name);
  for (const field of Object.values(named.getFields()))
    textLeaves(field.type, `${named.name}.${field.name}`, into, seen);
}

/** The arguments of every field a client can call whose values hold text. */
function fieldsWithText(schema: GraphQLSchema) {
  const found: Array<{
    typeName: string;
    field: GraphQLField<unknown, unknown>;
    leaves: Map<string, GraphQLNamedInputType>;
  }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (FEDERATION_FIELDS.has(field.name)) continue;
      const leaves = new Map<string, GraphQLNamedInputType>();
      for (const arg of field.args) textLeaves(arg.type, `${type.name}.${field.name}(${arg.name}:)`, leaves);
      if (leaves.size > 0) found.push({ typeName: type.name, field, leaves });
    }
  }
  return found;
}

/** The name a coordinate ends in: the input field's, or the argument's. */
const leafName = (coordinate: string) =>
  /\((\w+):\)$/.exec(coordinate)?.[1] ?? coordinate.slice(coordinate.lastIndexOf('.') + 1);

/**
 * A mistake in the rules stops the subgraph at start-up: a rule for something that is not a String or ID
 * in the schema (a typo, a renamed field), or a String named like a date without a date rule.
 */
function assertRulesFit(schema: GraphQLSchema, rules: InputRules): void {
  const leaves = new Map<string, GraphQLNamedInputType>();
  for (const { leaves: ofField } of fieldsWithText(schema))
    for (const [coordinate, type] of ofField) leaves.set(coordinate, type);
  const problems = [
    ...Object.keys(rules)
      .filter((coordinate) => !leaves.has(coordinate))
      .map((coordinate) => `${coordinate} is no String or ID argument or input field`),
    ...[...leaves]
      .filter(
        ([coordinate, type]) =>
          type.name === 'String' && /Date$/.test(leafName(coordinate)) && !rules[coordinate]?.date,
      )
      .map(([coordinate]) => `${coordinate} reads as a date: give it a rule with date: true`),
  ];
  if (problems.length) throw new Error(`input rules: ${problems.join('; ')}`);
}

/**
 * The path of a value as the client's form names it: the argument, then the fields within it; the argument
 * `input` is the form itself and is left out (`child.birthDate`, not `input.child.birthDate`).
 */
function pathName(argument: string, path: string[]): string {
  return (argument === 'input' && path.length > 0 ? path : [argument, ...path]).join('.');
}

type Refusals = Record<string, string>;

/** Enough to correct a form by; a list of ten thousand bad values is not answered ten thousand times. */
export const MAX_REFUSALS = 20;

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  coordinate: string,
  at: { argument: string; path: string[] },
  rules: InputRules,
  refusals: Refusals,
): void {
  if (value === null || value === undefined || Object.keys(refusals).length >= MAX_REFUSALS) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, coordinate, at, rules, refusals);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) =>
      checkValue(item, type.ofType, coordinate, { ...at, path: [...at.path, String(index)] }, rules, refusals),
    );
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(
        fieldValue,
        field.type,
        `${type.name}.${field.name}`,
        { ...at, path: [...at.path, field.name] },
        rules,
        refusals,
      );
    }
    return;
  }
  if (typeof value !== 'string' || !isText(type)) return;
  const rule = rules[coordinate] ?? (type.name === 'ID' ? DEFAULT_ID_RULE : DEFAULT_TEXT_RULE);
  const refusal = refusalOf(value, rule);
  if (refusal) refusals[pathName(at.argument, at.path)] = refusal;
}

/**
 * Field middleware that checks every String and ID a client passes (in arguments and inside input
 * objects, however deep) before the resolver runs: no control characters or broken UTF-16, no more
 * characters than the field's rule allows, dates that exist. A refusal is BAD_USER_INPUT with
 * `extensions.fields`, and nothing reaches the service, its database or its PDF.
 */
export function inputChecks(schema: GraphQLSchema, rules: InputRules): IMiddlewareFieldMap {
  assertRulesFit(schema, rules);
  const map: Record<string, Record<string, IMiddlewareFunction>> = {};
  for (const { typeName, field } of fieldsWithText(schema)) {
    const check: IMiddlewareFunction = (resolve, parent, args, context, info) => {
      const refusals = refuseArguments(typeName, field, args, rules);
      if (refusals) throw invalidFields(refusals);
      return resolve(parent, args, context, info);
    };
    (map[typeName] ??= {})[field.name] = check;
  }
  return map;
}

/** The refusals of one call's arguments, by the path the client sent, or null when every value passes. */
export function refuseArguments(
  typeName: string,
  field: Pick<GraphQLField<unknown, unknown>, 'name' | 'args'>,
  values: Record<string, unknown>,
  rules: InputRules,
): Refusals | null {
  const refusals: Refusals = {};
  for (const arg of field.args) {
    checkValue(
      values[arg.name],
      arg.type,
      `${typeName}.${field.name}(${arg.name}:)`,
      { argument: arg.name, path: [] },
      rules,
      refusals,
    );
  }
  return Object.keys(refusals).length ? refusals : null;
}
