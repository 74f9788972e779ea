import { validateChildData } from './child-data';

const child = { surname: 'Иванова', name: 'Софья', patronymic: 'Андреевна', birthDate: '2017-05-12' };

describe("a child's personal data as an operator typed it", () => {
  it('accepts it and tidies the spaces', () => {
    expect(
      validateChildData({
        surname: '  Римская-Корсакова ',
        name: 'Анна  Мария',
        patronymic: " д'Артаньян ",
        birthDate: ' 2017-05-12 ',
      }),
    ).toEqual({
      ok: true,
      value: { surname: 'Римская-Корсакова', name: 'Анна Мария', patronymic: "д'Артаньян", birthDate: '2017-05-12' },
    });
  });

  it('takes a missing patronymic as an empty one', () => {
    expect(validateChildData({ ...child, patronymic: null })).toEqual({
      ok: true,
      value: { ...child, patronymic: '' },
    });
    expect(validateChildData({ ...child, patronymic: undefined })).toMatchObject({ ok: true });
  });

  it.each<[string, Partial<typeof child>, Record<string, string>]>([
    ['no surname', { surname: '  ' }, { 'child.surname': 'Укажите фамилию ребёнка' }],
    ['no name', { name: '' }, { 'child.name': 'Укажите имя ребёнка' }],
    ['digits in the name', { name: 'Софья2' }, { 'child.name': 'Проверьте имя ребёнка: только буквы, пробел и дефис' }],
    [
      'a patronymic starting with a hyphen',
      { patronymic: '-Андреевна' },
      { 'child.patronymic': 'Проверьте отчество ребёнка: только буквы, пробел и дефис' },
    ],
    [
      'a surname of 101 letters',
      { surname: 'Я'.repeat(101) },
      { 'child.surname': 'Проверьте фамилию ребёнка: только буквы, пробел и дефис' },
    ],
    ['no birth date', { birthDate: '' }, { 'child.birthDate': 'Укажите дату рождения ребёнка' }],
    ['an impossible birth date', { birthDate: '2017-02-30' }, { 'child.birthDate': 'Укажите дату рождения ребёнка' }],
    [
      'a birth date in the future',
      { birthDate: '2999-01-01' },
      { 'child.birthDate': 'Дата рождения не может быть в будущем' },
    ],
  ])('refuses %s, by field and in Russian', (_case, change, errors) => {
    expect(validateChildData({ ...child, ...change })).toEqual({ ok: false, errors });
  });

  it('accepts a surname of exactly 100 letters', () => {
    expect(validateChildData({ ...child, surname: 'Я'.repeat(100) })).toMatchObject({ ok: true });
  });

  it('reports every wrong field at once', () => {
    const result = validateChildData({ surname: '', name: '', birthDate: 'вчера' });
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? result.errors : {}).sort()).toEqual([
      'child.birthDate',
      'child.name',
      'child.surname',
    ]);
  });
});
