import { csvCell, registryReportCsv } from './report-csv';

describe('registryReportCsv', () => {
  const scope = { from: '2026-11-01', to: '2026-11-30', municipalityId: 'a' };
  const csv = registryReportCsv(
    scope,
    {
      applications: [{ status: 'SUBMITTED' as never, kind: 'NEW_CERTIFICATE' as never, count: 3 }],
      certificates: [{ status: 'ACTIVATED' as never, groupId: 'g', count: 2 }],
      organizations: [
        { organizationId: 'o', count: 2 },
        { organizationId: null, count: 1 },
      ],
    },
    {
      municipality: 'г. Новокузнецк',
      groups: new Map([['g', 'Дети; от 5 до 18 лет']]),
      organizations: new Map([['o', 'МАУ ДО «ДЮЦ «Орион»']]),
    },
  );

  it('starts with a byte order mark and separates cells by «;» and lines by CRLF', () => {
    expect(csv.startsWith('\uFEFFОтчёт реестра сертификатов;г. Новокузнецк\r\n')).toBe(true);
    expect(csv).toContain('Период;01.11.2026 – 30.11.2026\r\n');
    expect(csv).toContain('Заявка не подтверждена;Получить сертификат;3\r\n');
    expect(csv).toContain('Активирован;"Дети; от 5 до 18 лет";2\r\n');
    expect(csv).toContain('МАУ ДО «ДЮЦ «Орион»;2\r\n');
    expect(csv).toContain('Документы ещё не получены (заявка через портал);1\r\n');
  });

  it('quotes what would break a cell and defuses what a spreadsheet would run', () => {
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(42)).toBe('42');
  });
});
