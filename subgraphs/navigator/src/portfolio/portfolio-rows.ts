import { invalidFields } from '@pfdo/platform';
import { Organization } from '../references/references';
import { PortfolioFile, PortfolioItem, PortfolioItemInput, PortfolioKind } from './portfolio.type';

export const PORTFOLIO_FILE_PATH = '/documents/portfolio/:id/file';
export const portfolioFileUrl = (itemId: string) => `/documents/portfolio/${itemId}/file`;

/** Items with their certificate's number and their file's description (never its bytes). */
export const PORTFOLIO_SELECT = `SELECT i.id, i.certificate_id, c.number AS certificate_number, i.title, i.kind,
    to_char(i.achieved_on, 'YYYY-MM-DD') AS achieved_on, i.event_or_program, i.added_by_organization_id, i.file_name,
    f.content_type, f.size_bytes
  FROM navigator.portfolio_items i
  JOIN navigator.registered_certificates c ON c.certificate_id = i.certificate_id
  LEFT JOIN navigator.portfolio_files f ON f.id = i.file_id`;

export interface PortfolioRow {
  id: string;
  certificate_id: string;
  certificate_number: string;
  title: string;
  kind: PortfolioKind;
  achieved_on: string;
  event_or_program: string;
  added_by_organization_id: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
}

export function portfolioItemOf(row: PortfolioRow, canDelete: boolean): PortfolioItem {
  const file =
    row.content_type === null
      ? null
      : Object.assign(new PortfolioFile(), {
          name: row.file_name ?? 'file',
          contentType: row.content_type,
          sizeBytes: row.size_bytes ?? 0,
          url: portfolioFileUrl(row.id),
        });
  return Object.assign(new PortfolioItem(), {
    id: row.id,
    certificateId: row.certificate_id,
    organizationId: row.added_by_organization_id,
    certificateNumber: row.certificate_number,
    title: row.title,
    kind: row.kind,
    achievedOn: row.achieved_on,
    eventOrProgram: row.event_or_program,
    addedByOrganization: row.added_by_organization_id ? Organization.ref(row.added_by_organization_id) : null,
    file,
    canDelete,
  });
}

export interface CheckedPortfolioItem {
  title: string;
  kind: PortfolioKind;
  achievedOn: string;
  eventOrProgram: string;
  fileId: string | null;
  fileName: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The item's fields, each checked against `today` (YYYY-MM-DD); every field in error named at once. */
export function checkedPortfolioItem(input: PortfolioItemInput, today: string): CheckedPortfolioItem {
  const errors: Record<string, string> = {};
  const title = input.title.trim();
  const eventOrProgram = (input.eventOrProgram ?? '').trim();
  if (title === '') errors.title = 'Укажите название достижения';
  else if (title.length > 300) errors.title = 'Название — не более 300 символов';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input.achievedOn) ? new Date(`${input.achievedOn}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== input.achievedOn) {
    errors.achievedOn = 'Укажите дату достижения';
  } else if (input.achievedOn > today) errors.achievedOn = 'Дата достижения не может быть в будущем';
  else if (input.achievedOn < '2000-01-01') errors.achievedOn = 'Дата достижения — не раньше 2000 года';
  if (eventOrProgram.length > 300) errors.eventOrProgram = 'Мероприятие или программа — не более 300 символов';
  const fileId = input.fileId ?? null;
  if (fileId !== null && !UUID.test(fileId)) errors.fileId = 'Файл не найден: загрузите его ещё раз';
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  const fileName = fileId === null ? null : (input.fileName ?? '').trim().slice(0, 255) || 'file';
  return { title, kind: input.kind, achievedOn: input.achievedOn, eventOrProgram, fileId, fileName };
}
