import { STATUS_NAMES } from '../applications/application-state';
import { ApplicationKind } from '../applications/application-status';
import { CERTIFICATE_STATUS_NAMES } from '../certificates/certificate-status';
import { RegistryReportData, ReportScope } from './report.service';

export const KIND_NAMES: Record<ApplicationKind, string> = {
  NEW_CERTIFICATE: 'Получить сертификат',
  CHANGE_MUNICIPALITY: 'Внести изменения в связи со сменой муниципалитета проживания',
  CLARIFY_PERSONAL_DATA: 'Внести уточнения в персональные данные',
  CHANGE_GROUP: 'Изменить группу сертификата',
};

export const NO_ORGANIZATION = 'Документы ещё не получены (заявка через портал)';

/**
 * One cell: quoted when it holds the separator, a quote or a line break; a text that a spreadsheet would
 * take for a formula (=, +, -, @ first) is prefixed with an apostrophe, so that a name cannot run code.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (...cells: Array<string | number>) => cells.map(csvCell).join(';');

const ruDate = (iso: string) => iso.split('-').reverse().join('.');

/**
 * «Отчеты» as a spreadsheet opens it: UTF-8 with a byte order mark (Excel then reads Cyrillic), `;` between
 * cells (the separator of Russian locales), CRLF between lines; three tables one under another.
 */
export function registryReportCsv(
  scope: ReportScope,
  data: RegistryReportData,
  names: { municipality: string; groups: Map<string, string>; organizations: Map<string, string> },
): string {
  const lines = [
    row('Отчёт реестра сертификатов', names.municipality),
    row('Период', `${ruDate(scope.from)} – ${ruDate(scope.to)}`),
    '',
    row('Заявки по статусу и виду'),
    row('Статус', 'Вид заявки', 'Количество'),
    ...data.applications.map((entry) => row(STATUS_NAMES[entry.status], KIND_NAMES[entry.kind], entry.count)),
    row(
      'Итого',
      '',
      data.applications.reduce((sum, entry) => sum + entry.count, 0),
    ),
    '',
    row('Сертификаты по статусу и группе'),
    row('Статус сертификата', 'Группа сертификата', 'Количество'),
    ...data.certificates.map((entry) =>
      row(CERTIFICATE_STATUS_NAMES[entry.status], names.groups.get(entry.groupId) ?? '', entry.count),
    ),
    row(
      'Итого',
      '',
      data.certificates.reduce((sum, entry) => sum + entry.count, 0),
    ),
    '',
    row('Заявки по организациям приёма'),
    row('Организация', 'Количество'),
    ...data.organizations.map((entry) =>
      row(entry.organizationId ? (names.organizations.get(entry.organizationId) ?? '') : NO_ORGANIZATION, entry.count),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
