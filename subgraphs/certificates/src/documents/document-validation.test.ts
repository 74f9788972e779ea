import { DocumentType } from './document-type';
import { normalizeBirthCertificateSeries, validateDocument } from './document-validation';

const child = { birthDate: '2011-03-10' };
const today = '2026-11-24';
const birthCertificate = {
  type: DocumentType.BIRTH_CERTIFICATE,
  series: 'I-ЛО',
  number: '123456',
  issueDate: '2011-04-01',
  issuedBy: 'Отдел ЗАГС Центрального района г. Новокузнецка',
  comment: '',
};

describe('birth certificate series', () => {
  it.each([
    ['I-ЛО', 'I-ЛО'],
    [' iv-мю ', 'IV-МЮ'],
    ['ІІ–ЛО', 'II-ЛО'],
    ['XII ЛО', 'XII-ЛО'],
    ['VIЛО', 'VI-ЛО'],
  ])('reads %p as %p', (raw, normalized) => {
    expect(normalizeBirthCertificateSeries(raw)).toBe(normalized);
  });

  it.each(['', '1-ЛО', 'I-LO', 'IIII-ЛО', 'I-Л', 'I-ЛОО', 'ЛО-I'])('refuses %p', (raw) => {
    expect(normalizeBirthCertificateSeries(raw)).toBeNull();
  });
});

describe('a child identity document', () => {
  it('accepts a birth certificate and normalizes it', () => {
    const result = validateDocument({ ...birthCertificate, series: 'i-ло', number: '123 456' }, child, today);
    expect(result).toEqual({ ok: true, value: { ...birthCertificate, series: 'I-ЛО', number: '123456' } });
  });

  it('accepts a passport issued at 14 and normalizes its series', () => {
    const result = validateDocument(
      { ...birthCertificate, type: DocumentType.PASSPORT, series: '32 25', number: '654321', issueDate: '2025-03-10' },
      child,
      today,
    );
    expect(result).toMatchObject({ ok: true, value: { series: '3225', number: '654321' } });
  });

  it.each<[string, Partial<typeof birthCertificate>, Record<string, string>]>([
    ['an empty series', { series: ' ' }, { series: 'Укажите серию свидетельства о рождении' }],
    [
      'a malformed series',
      { series: '12-АБ' },
      { series: 'Серия свидетельства о рождении: римские цифры и две русские буквы через дефис, например I-ЛО' },
    ],
    ['a short number', { number: '12345' }, { number: 'Номер свидетельства о рождении: 6 цифр' }],
    ['no issue date', { issueDate: '' }, { issueDate: 'Укажите дату выдачи документа' }],
    ['an impossible date', { issueDate: '2011-02-30' }, { issueDate: 'Дата выдачи указана неверно' }],
    ['a date in the future', { issueDate: '2026-11-25' }, { issueDate: 'Дата выдачи не может быть в будущем' }],
    [
      'a date before birth',
      { issueDate: '2011-03-09' },
      { issueDate: 'Дата выдачи не может быть раньше даты рождения ребёнка' },
    ],
    ['no place of issue', { issuedBy: '  ' }, { issuedBy: 'Укажите, кем выдан документ' }],
  ])('refuses %s', (_name, change, errors) => {
    expect(validateDocument({ ...birthCertificate, ...change }, child, today)).toEqual({ ok: false, errors });
  });

  it('refuses a passport series or number of the wrong length', () => {
    const result = validateDocument(
      { ...birthCertificate, type: DocumentType.PASSPORT, series: '322', number: '6543210', issueDate: '2025-04-01' },
      child,
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: { series: 'Серия паспорта: 4 цифры', number: 'Номер паспорта: 6 цифр' },
    });
  });

  it('refuses a passport issued before the 14th birthday', () => {
    const result = validateDocument(
      { ...birthCertificate, type: DocumentType.PASSPORT, series: '3225', number: '654321', issueDate: '2025-03-09' },
      child,
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: { issueDate: 'Паспорт выдаётся с 14 лет: дата выдачи не может быть раньше 14-летия ребёнка' },
    });
  });

  it('refuses a passport for a child under 14', () => {
    const result = validateDocument(
      { ...birthCertificate, type: DocumentType.PASSPORT, series: '3225', number: '654321', issueDate: '2026-01-10' },
      { birthDate: '2016-01-01' },
      today,
    );
    expect(result).toMatchObject({ ok: false, errors: { type: expect.stringContaining('Паспорт выдаётся с 14 лет') } });
  });
});
