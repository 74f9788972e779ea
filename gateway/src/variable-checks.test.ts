import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { refuseVariables } from './variable-checks';

const schema = buildSchema(`
  enum Kind { NEW, CHANGE }
  input Child { surname: String!, age: Int }
  input Form { kind: Kind!, child: Child, ids: [ID!], agreed: Boolean! = false }
  type Query { page(first: Int!, after: String): Boolean, create(input: Form!): Boolean }
`);

function refusals(document: string, variables: Record<string, unknown>) {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  return refuseVariables(schema, operation.variableDefinitions ?? [], variables);
}

const PAGE = 'query ($first: Int!, $after: String) { page(first: $first, after: $after) }';
const CREATE = 'query ($input: Form!) { create(input: $input) }';
const INT = 'Ожидается целое число от -2147483648 до 2147483647';

describe('variables that do not fit their types, in Russian and by field', () => {
  it.each([
    ['a string', 'NaN'],
    ['a fraction', 1.5],
    ['a number beyond 32 bits', 2 ** 31],
    ['a huge number', 1e20],
    ['a boolean', true],
    ['an object', { $gt: 0 }],
  ])('refuses %s for an Int', (_name, first) => {
    expect(refusals(PAGE, { first })).toEqual({ first: INT });
  });

  it('refuses what is missing or null where a value is required, and a number for a String', () => {
    expect(refusals(PAGE, {})).toEqual({ first: 'Обязательное значение не указано' });
    expect(refusals(PAGE, { first: null, after: 5 })).toEqual({
      first: 'Обязательное значение не указано',
      after: 'Ожидается строка',
    });
  });

  it('names fields within the variable `input` as the form does, and refuses unknown fields without echoing odd names', () => {
    expect(
      refusals(CREATE, { input: { kind: 'OLD', child: { age: '7', extra: 1 }, ids: ['a', {}], ['x'.repeat(100)]: 1 } }),
    ).toEqual({
      kind: 'Ожидается одно из значений: NEW, CHANGE',
      'child.surname': 'Обязательное поле не указано',
      'child.age': INT,
      'child.extra': 'Такого поля нет',
      'ids.1': 'Ожидается идентификатор: строка или целое число',
      input: 'Есть поля, которых нет в схеме',
    });
    expect(refusals(CREATE, { input: 'форма' })).toEqual({ input: 'Ожидается объект с полями' });
  });

  it('passes what graphql-js would coerce', () => {
    expect(refusals(PAGE, { first: 20 })).toBeNull();
    expect(refusals(CREATE, { input: { kind: 'NEW', child: { surname: 'Ив\u0000анов' }, ids: 'один' } })).toBeNull();
    expect(refusals('query ($first: Int! = 5) { page(first: $first) }', {})).toBeNull();
  });

  it('stops counting at twenty', () => {
    const ids = Array.from({ length: 10_000 }, () => ({}));
    expect(Object.keys(refusals(CREATE, { input: { kind: 'NEW', ids } }) ?? {})).toHaveLength(20);
  });
});
