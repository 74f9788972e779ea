import { normalizedFullName, sameFullName } from './child-name-check.routes';

const child = { surname: 'Семёнов', name: 'Пётр', patronymic: 'Алексеевич' };

describe('the child-name check', () => {
  it('ignores case, ё/е and extra spaces', () => {
    expect(normalizedFullName('  СЕМЁНОВ\u00a0 пётр   Алексеевич ')).toBe('семенов петр алексеевич');
    expect(sameFullName('семенов  ПЕТР алексеевич', child)).toBe(true);
  });

  it('refuses another name, a missing patronymic, or the parts in another order', () => {
    expect(sameFullName('Семёнов Павел Алексеевич', child)).toBe(false);
    expect(sameFullName('Семёнов Пётр', child)).toBe(false);
    expect(sameFullName('Пётр Семёнов Алексеевич', child)).toBe(false);
  });

  it('matches a child without a patronymic by surname and name', () => {
    expect(sameFullName('Ким Алиса', { surname: 'Ким', name: 'Алиса', patronymic: '' })).toBe(true);
  });
});
