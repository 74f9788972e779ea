import { buildSchema, graphql } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { inputChecks, InputRules, refuseArguments } from './input-checks';
import { isCalendarDate, refusalOf } from './input-text';

const SDL = `
  input ChildInput { surname: String!, birthDate: String, tags: [String!] }
  input FormInput { applicantName: String, child: ChildInput, groupId: ID }
  type Query { search(after: String, number: String): Boolean }
  type Mutation {
    create(input: FormInput!): Boolean
    edit(applicationId: ID!, child: ChildInput): Boolean
    count(first: Int): Boolean
  }
`;

const RULES: InputRules = {
  'FormInput.applicantName': { maxLength: 200, label: 'ФИО заявителя' },
  'ChildInput.surname': { maxLength: 100, label: 'Фамилия' },
  'ChildInput.birthDate': { maxLength: 20, label: 'Дата рождения', date: true },
  'Query.search(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
};

describe('one text value against its rule', () => {
  const rule = { maxLength: 10, label: 'Фамилия' };

  it.each([
    ['NUL', 'Ив\u0000анов'],
    ['another control character', 'Иван\u0007ов'],
    ['a C1 control character', 'Иван\u0085ов'],
    ['a lone high surrogate', 'Иван\uD800'],
    ['a lone low surrogate', '\uDC00Иван'],
    ['a right-to-left override', 'Иван\u202Eвон'],
    ['a bidirectional isolate', '\u2066Иван\u2069'],
  ])('refuses %s', (_name, value) => {
    expect(refusalOf(value, rule)).toBe('Фамилия содержит недопустимые символы');
  });

  it.each([
    ['a tab and line breaks', 'Иван\tов\r\n'],
    ['a whole surrogate pair (an emoji)', 'Иван 🙂'],
    ['combining marks', 'Йй\u0306\u0301'],
    ['right-to-left letters', 'שלום'],
    ['SQL and JSON punctuation', `'"%_\\{}`],
    ['an empty value', ''],
  ])('accepts %s', (_name, value) => {
    expect(refusalOf(value, rule)).toBeNull();
  });

  it('counts the length, with the right Russian plural', () => {
    expect(refusalOf('а'.repeat(10), rule)).toBeNull();
    expect(refusalOf('а'.repeat(11), rule)).toBe('Фамилия не может быть длиннее 10 символов');
    expect(refusalOf('а'.repeat(22), { maxLength: 21, label: 'Серия' })).toBe('Серия не может быть длиннее 21 символа');
  });

  it('checks dates as calendar dates within 1900-01-01 and a hundred years from today', () => {
    const date = { maxLength: 20, label: 'Дата рождения', date: true };
    const today = new Date('2026-11-29T12:00:00Z');
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', 'вчера', '29.11.2026', '2024-2-3']) {
      expect(refusalOf(bad, date, today)).toBe('Дата рождения: укажите существующую дату в виде ГГГГ-ММ-ДД');
    }
    for (const outside of ['0000-01-01', '1899-12-31', '2126-11-30', '9999-12-31']) {
      expect(refusalOf(outside, date, today)).toBe('Дата рождения: не раньше 01.01.1900 и не позже 29.11.2126');
    }
    // A future date a person may mistype is the service's to refuse, with the form's other mistakes.
    for (const good of ['1900-01-01', '2024-02-29', ' 2015-06-01 ', '2099-01-01', '2126-11-29', '', '  '])
      expect(refusalOf(good, date, today)).toBeNull();
    expect(isCalendarDate('0000-01-01')).toBe(true);
  });

  it('says the rule’s own message for any refusal when it has one', () => {
    const cursor = { maxLength: 5, message: 'Неверный курсор страницы' };
    expect(refusalOf('\u0000', cursor)).toBe('Неверный курсор страницы');
    expect(refusalOf('123456', cursor)).toBe('Неверный курсор страницы');
  });
});

describe('every String and ID argument of a schema, however deep', () => {
  const schema = buildSchema(SDL);
  const mutation = schema.getMutationType()!.getFields();

  it('names nested fields by the path the form uses, leaving out the argument `input`', () => {
    const refusals = refuseArguments(
      'Mutation',
      mutation.create,
      {
        input: {
          applicantName: 'Я'.repeat(201),
          child: { surname: 'Ив\u0000', birthDate: '2024-02-30', tags: ['ok', '\uD800'] },
          groupId: 'x'.repeat(101),
        },
      },
      RULES,
    );
    expect(refusals).toEqual({
      applicantName: 'ФИО заявителя не может быть длиннее 200 символов',
      'child.surname': 'Фамилия содержит недопустимые символы',
      'child.birthDate': 'Дата рождения: укажите существующую дату в виде ГГГГ-ММ-ДД',
      'child.tags.1': 'Значение содержит недопустимые символы',
      groupId: 'Неверный идентификатор',
    });
  });

  it('keeps the argument’s name for other arguments, and gives unnamed text the default of its type', () => {
    expect(
      refuseArguments(
        'Mutation',
        mutation.edit,
        { applicationId: '\u0000', child: { surname: 'а'.repeat(101) } },
        RULES,
      ),
    ).toEqual({
      applicationId: 'Неверный идентификатор',
      'child.surname': 'Фамилия не может быть длиннее 100 символов',
    });
    expect(
      refuseArguments('Query', schema.getQueryType()!.getFields().search, { number: 'а'.repeat(256) }, RULES),
    ).toEqual({
      number: 'Значение не может быть длиннее 255 символов',
    });
    expect(
      refuseArguments('Mutation', mutation.create, { input: { applicantName: 'Иванова Мария', child: null } }, RULES),
    ).toBeNull();
  });

  it('answers BAD_USER_INPUT with extensions.fields before the resolver runs', async () => {
    let resolved = false;
    const base = buildSchema(SDL);
    const checked = applyMiddleware(base, inputChecks(base, RULES), {
      Mutation: {
        edit: async () => {
          resolved = true;
          return true;
        },
      },
    });
    const result = await graphql({
      schema: checked,
      source: 'mutation ($child: ChildInput) { edit(applicationId: "a", child: $child) }',
      variableValues: { child: { surname: 'Ив\u0000анов', birthDate: '0000-01-01' } },
    });
    expect(resolved).toBe(false);
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'child.surname',
      fields: {
        'child.surname': 'Фамилия содержит недопустимые символы',
        'child.birthDate': expect.stringMatching(/^Дата рождения: не раньше 01\.01\.1900/),
      },
    });
    const ok = await graphql({
      schema: checked,
      source: 'mutation { edit(applicationId: "a", child: { surname: "Иванов" }) }',
    });
    expect(ok).toEqual({ data: { edit: true } });
  });

  it('stops a subgraph whose rules name what the schema lacks, or leave a date unchecked', () => {
    const base = buildSchema(SDL);
    expect(() => inputChecks(base, { ...RULES, 'ChildInput.surnme': { maxLength: 100 } })).toThrow(
      /ChildInput\.surnme is no String or ID/,
    );
    expect(() => inputChecks(base, { ...RULES, 'Mutation.count(first:)': { maxLength: 100 } })).toThrow(
      /count\(first:\) is no String or ID/,
    );
    const { ['ChildInput.birthDate']: _date, ...withoutDate } = RULES;
    expect(() => inputChecks(base, withoutDate)).toThrow(/ChildInput\.birthDate reads as a date/);
  });
});
