import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLInputType,
  GraphQLLeafType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  typeFromAST,
  VariableDefinitionNode,
} from 'graphql';
import { domainError, ErrorCode } from '@pfdo/platform/errors';
import { GatewayContext } from './context';

/** Enough to correct a request by; ten thousand bad items are not answered ten thousand times. */
const MAX_REFUSALS = 20;
const FIELD_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

const INT_RANGE = 'от -2147483648 до 2147483647';

/** What a value of a leaf type must be, in words. */
function expected(type: GraphQLLeafType): string {
  if (isEnumType(type))
    return `Ожидается одно из значений: ${type
      .getValues()
      .map((value) => value.name)
      .join(', ')}`;
  switch (type.name) {
    case 'Int':
      return `Ожидается целое число ${INT_RANGE}`;
    case 'Float':
      return 'Ожидается число';
    case 'String':
      return 'Ожидается строка';
    case 'ID':
      return 'Ожидается идентификатор: строка или целое число';
    case 'Boolean':
      return 'Ожидается true или false';
    default:
      return `Неверное значение типа ${type.name}`;
  }
}

/**
 * The path as the client's form names it: the variable, then the fields within it; a variable `input` is
 * the form itself and is left out (`child.birthDate`), as the subgraphs name their fields.
 */
const pathName = (path: string[]) => (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');

function check(value: unknown, type: GraphQLInputType, path: string[], refusals: Map<string, string>): void {
  if (refusals.size >= MAX_REFUSALS) return;
  const refuse = (message: string, at = path) => refusals.set(pathName(at), message);
  if (isNonNullType(type)) {
    if (value === null || value === undefined) return void refuse('Обязательное значение не указано');
    return check(value, type.ofType, path, refusals);
  }
  if (value === null || value === undefined) return;
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => check(item, type.ofType, [...path, String(index)], refusals));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return void refuse('Ожидается объект с полями');
    const fields = type.getFields();
    const given = value as Record<string, unknown>;
    for (const field of Object.values(fields)) {
      const fieldValue = Object.hasOwn(given, field.name) ? given[field.name] : undefined;
      if (fieldValue === undefined && field.defaultValue === undefined && isNonNullType(field.type)) {
        refuse('Обязательное поле не указано', [...path, field.name]);
      } else if (fieldValue !== undefined) {
        check(fieldValue, field.type, [...path, field.name], refusals);
      }
    }
    for (const name of Object.keys(given).filter((name) => !Object.hasOwn(fields, name))) {
      // A name no form could have (ten thousand characters, a NUL) is not echoed back.
      if (FIELD_NAME.test(name)) refuse('Такого поля нет', [...path, name]);
      else refuse('Есть поля, которых нет в схеме');
    }
    return;
  }
  try {
    if (type.parseValue(value) === undefined) refuse(expected(type));
  } catch {
    refuse(expected(type));
  }
}

/** Each variable's refusals, as graphql-js would coerce them, by the path the client sent. */
export function refuseVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  variables: Record<string, unknown>,
): Record<string, string> | null {
  const refusals = new Map<string, string>();
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    // An unknown or output type fails validation before this runs.
    if (!type || !isInputType(type)) continue;
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (value === undefined && definition.defaultValue) continue;
    check(value, type, [name], refusals);
  }
  return refusals.size ? Object.fromEntries(refusals) : null;
}

/**
 * Variables that do not fit their declared types are refused before planning, as graphql-js refuses them,
 * but in Russian and by field: BAD_USER_INPUT with `extensions.fields`, HTTP 400. Whether the text itself
 * is acceptable (control characters, length, dates) is each subgraph's check.
 */
export const variableChecksPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, schema }) {
        if (!operation) return;
        const refusals = refuseVariables(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        if (!refusals) return;
        const listed = Object.entries(refusals).map(([path, message]) => `${path}: ${message}`);
        const error = domainError(
          ErrorCode.BadUserInput,
          `Неверные значения переменных запроса. ${listed.join('; ')}`,
          {
            field: Object.keys(refusals)[0],
            fields: refusals,
          },
        );
        error.extensions.http = { status: 400 };
        throw error;
      },
    };
  },
};
