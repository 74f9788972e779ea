import { GraphQLError } from 'graphql';
import { checkGroupSetting, GroupSettingFields, parseRoubles } from './group-setting-checks';

const fields: GroupSettingFields = {
  name: ' Дети  от 7 до 14 лет ',
  nominal: '24 000,50',
  minAge: 7,
  maxAge: 14,
  significantPrograms: 2,
  generalPrograms: 3,
  preProfessionalPrograms: 0,
  municipalityLimit: '50\u00a0000\u00a0000',
};

function refusedFields(values: Partial<GroupSettingFields>): Record<string, string> {
  try {
    checkGroupSetting({ ...fields, ...values });
  } catch (error) {
    return (error as GraphQLError).extensions.fields as Record<string, string>;
  }
  throw new Error('no refusal');
}

describe('a group setting’s fields', () => {
  it.each([
    ['15000', 1_500_000],
    ['15000.5', 1_500_050],
    ['15 000,05', 1_500_005],
    ['0', 0],
    ['-1', null],
    ['15,000', null],
    ['1e5', null],
    ['', null],
  ])('reads «%s» as %p kopecks', (text, kopecks) => {
    expect(parseRoubles(text)).toBe(kopecks);
  });

  it('accepts a complete form, the name trimmed and money in kopecks', () => {
    expect(checkGroupSetting(fields)).toEqual({
      name: 'Дети от 7 до 14 лет',
      nominalKopecks: 2_400_050,
      minAge: 7,
      maxAge: 14,
      significantPrograms: 2,
      generalPrograms: 3,
      preProfessionalPrograms: 0,
      municipalityLimitKopecks: 5_000_000_000,
    });
  });

  it.each<[Partial<GroupSettingFields>, string[]]>([
    [{ name: '  ' }, ['name']],
    [{ minAge: 4 }, ['minAge']],
    [{ minAge: 18, maxAge: 18 }, ['minAge']],
    [{ maxAge: 19 }, ['maxAge']],
    [{ minAge: 10, maxAge: 10 }, ['maxAge']],
    [{ minAge: 12, maxAge: 8 }, ['maxAge']],
    [{ minAge: 5, maxAge: 18 }, []],
    [{ nominal: '-5' }, ['nominal']],
    [{ nominal: '1000000,01' }, ['nominal']],
    [{ nominal: '60000000' }, ['nominal']],
    [{ municipalityLimit: '' }, ['municipalityLimit']],
    [{ generalPrograms: 21 }, ['generalPrograms']],
    [{ preProfessionalPrograms: -1 }, ['preProfessionalPrograms']],
  ])('refuses %p by the fields %p', (values, refused) => {
    if (refused.length === 0) expect(() => checkGroupSetting({ ...fields, ...values })).not.toThrow();
    else expect(Object.keys(refusedFields(values))).toEqual(refused);
  });
});
