import fc from 'fast-check';
import {
  astFromValue,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
} from 'graphql';

/**
 * The hostile values of the schema fuzz test, by the kind of value a position takes, and the operations
 * and variables it sends, built from the checked-in API schema.
 */

const cursor = (text: string) => Buffer.from(text).toString('base64url');

/** Text no form should let through to a database, a PDF or an e-mail, and text that is odd but fine. */
const HOSTILE_TEXT: readonly string[] = [
  '',
  ' ',
  '\t\n',
  'x'.repeat(10_000),
  'Я'.repeat(10_000),
  `${'а'.repeat(300)}@example.ru`,
  '\u0000',
  'Иван\u0000ов',
  '\u0000'.repeat(50),
  '\u0007\u001B[31m',
  '\uD800',
  'Ив\uDC00ан',
  'конец\uDBFF',
  '\uDFFF\uD800',
  '\u202Eвонави',
  '\u2066Иван\u2069',
  'שלום',
  'مرحبا',
  'Й\u0306\u0301\u0301\u0301',
  'Zalgo\u0336\u0337\u0338',
  "' OR '1'='1",
  "'; DROP TABLE certificates.applications; --",
  '%',
  '_',
  '\\',
  '%_%\\',
  '{"$gt": ""}',
  '[]',
  'null',
  '${7*7}',
  '<script>alert(1)</script>',
  '2024-02-30',
  '0000-01-01',
  '9999-12-31',
  '1899-12-31',
  '2024-13-01',
  '2024-02-29T25:00:00Z',
  '+275760-09-13',
  '01.02.2015',
  'вчера',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '-'.repeat(36),
  'g'.repeat(36),
  '10000000-0000-4000-8000-00000000000Z',
  '10000000000040008000000000000001',
  cursor('1767225600000000|zzzzzzzz-0000-4000-8000-000000000000'),
  cursor('99999999999999999999|00000000-0000-4000-8000-000000000000'),
  cursor("1|' OR 1=1"),
  cursor('-1|00000000-0000-4000-8000-000000000000'),
  '!!!',
  '====',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '12345678',
  '1234567890',
];

const hostileText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(42, -1.5, true, null, {}, [], ['а'], { $ne: null }) },
);

const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    2 ** 31,
    -(2 ** 31) - 1,
    1e20,
    -1e20,
    Number.MAX_SAFE_INTEGER,
    -1,
    0,
    1.5,
    -0.5,
    'NaN',
    'Infinity',
    '20',
    '',
    null,
    true,
    [],
    {},
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileEnum = fc.constantFrom<unknown>('', 'DROP', 'new_certificate', 'ALL; --', 42, null, true, ['ALL'], {});
const hostileBoolean = fc.constantFrom<unknown>('true', 'false', 1, 0, 'да', null, [], {});
const hostileObject = fc.constantFrom<unknown>(
  'форма',
  42,
  null,
  true,
  [],
  [{}],
  {},
  { unknown: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
);

/** A hostile value for a position of this type. */
export function hostileFor(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return hostileObject;
  if (isEnumType(named)) return hostileEnum;
  if (named.name === 'Int' || named.name === 'Float') return hostileNumber;
  if (named.name === 'Boolean') return hostileBoolean;
  return hostileText;
}

/** Every position in a field's arguments a value can be put at: each argument, and each field within inputs. */
export function positionsOf(field: GraphQLField<unknown, unknown>): Array<{ path: string[]; type: GraphQLInputType }> {
  const positions: Array<{ path: string[]; type: GraphQLInputType }> = [];
  const visit = (path: string[], type: GraphQLInputType, depth: number) => {
    positions.push({ path, type });
    const named = getNamedType(type);
    if (!isInputObjectType(named) || depth > 3) return;
    for (const inner of Object.values(named.getFields())) visit([...path, inner.name], inner.type, depth + 1);
  };
  for (const arg of field.args) visit([arg.name], arg.type, 0);
  return positions;
}

/** A plausible value for each position, from a table by field name, or by type. */
export type Plausible = (name: string, type: GraphQLInputType) => fc.Arbitrary<unknown> | undefined;

export function plausibleFor(name: string, type: GraphQLInputType, table: Plausible): fc.Arbitrary<unknown> {
  const given = table(name, type);
  if (given) return given;
  if (isNonNullType(type)) return plausibleFor(name, type.ofType, table);
  if (isListType(type)) return fc.array(plausibleFor(name, type.ofType, table), { maxLength: 2 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((inner) => [inner.name, plausibleFor(inner.name, inner.type, table)])),
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value as string));
  if (type.name === 'Int') return fc.integer({ min: 1, max: 50 });
  if (type.name === 'Boolean') return fc.boolean();
  return fc.constant('Тест');
}

/** The field's arguments, plausible everywhere. */
export function plausibleArguments(
  field: GraphQLField<unknown, unknown>,
  table: Plausible,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, plausibleFor(arg.name, arg.type, table)])));
}

/** The same arguments with `text` in every String and ID among them, however deep; and whether there was one. */
export function withEveryText(
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
  text: string,
): { values: Record<string, unknown>; replaced: boolean } {
  let replaced = false;
  const visit = (value: unknown, type: GraphQLInputType): unknown => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (!value || typeof value !== 'object') return value;
      const fields = named.getFields();
      return Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, fields[name] ? visit(inner, fields[name].type) : inner]),
      );
    }
    if (isScalarType(named) && (named.name === 'String' || named.name === 'ID') && value !== undefined) {
      replaced = true;
      return text;
    }
    return value;
  };
  const changed = Object.fromEntries(field.args.map((arg) => [arg.name, visit(values[arg.name], arg.type)]));
  return { values: changed, replaced };
}

/**
 * The same arguments with one String or ID at a time made hostile: NUL inside a plausible-looking value,
 * and for a date a year 0 and 30 February. What an edge check must catch field by field, whatever the seed.
 */
export function oneTextAtATime(
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
): Array<Record<string, unknown>> {
  const cases: Array<Record<string, unknown>> = [];
  for (const { path, type } of positionsOf(field)) {
    const named = getNamedType(type);
    if (!isScalarType(named) || (named.name !== 'String' && named.name !== 'ID')) continue;
    const hostile = /Date$/.test(path[path.length - 1])
      ? ['Иван\u0000ов', '0000-01-01', '2024-02-30']
      : ['Иван\u0000ов'];
    for (const value of hostile) {
      const changed = structuredClone(values);
      setAt(changed, path, value);
      cases.push(changed);
    }
  }
  return cases;
}

/** The field's arguments: plausible everywhere, and hostile at one or two positions. */
export function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  table: Plausible,
): fc.Arbitrary<Record<string, unknown>> {
  const base = plausibleArguments(field, table);
  const positions = positionsOf(field);
  const hostile = fc
    .subarray(positions, { minLength: 1, maxLength: Math.min(2, positions.length) })
    .chain((chosen) =>
      fc.tuple(...chosen.map((position) => hostileFor(position.type).map((value) => ({ path: position.path, value })))),
    );
  return fc.tuple(base, hostile).map(([values, changes]) => {
    const variables = structuredClone(values) as Record<string, unknown>;
    // The hostile constants are shared between runs: each run changes its own copy.
    for (const { path, value } of changes) setAt(variables, path, structuredClone(value));
    return variables;
  });
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** The field's scalar fields without arguments, so the answer is read the way a client reads it. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const scalars = Object.values(named.getFields()).filter(
    (field) => field.args.length === 0 && isScalarType(getNamedType(field.type)),
  );
  return `{ __typename ${scalars.map((field) => field.name).join(' ')} }`;
}

/** `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { … } }`, defaults kept. */
export function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declare = (arg: GraphQLArgument) => {
    const fallback = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
    return `$${arg.name}: ${String(arg.type)}${fallback ? ` = ${print(fallback)}` : ''}`;
  };
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Fuzz(${field.args.map(declare).join(', ')}) { ${field.name}(${args}) ${selectionOf(field.type)} }`;
}
