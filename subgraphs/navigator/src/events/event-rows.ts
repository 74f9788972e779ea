import { invalidFields } from '@pfdo/platform';
import { Municipality, Organization } from '../references/references';
import { EducationEvent, EducationEventInput } from './event.type';

export const EVENTS_PAGE = 20;
export const MAX_EVENTS_PAGE = 50;
export const EVENT_COLUMNS = `e.id, e.organization_id, e.municipality_id, e.title, e.description, e.starts_at, e.place,
  e.places_total, e.places_taken, e.age_from, e.age_to`;

export interface EventRow {
  id: string;
  organization_id: string;
  municipality_id: string;
  title: string;
  description: string;
  starts_at: Date;
  place: string;
  places_total: number;
  places_taken: number;
  age_from: number;
  age_to: number;
  applied?: boolean | null;
}

export const eventOf = (row: EventRow): EducationEvent =>
  Object.assign(new EducationEvent(), {
    id: row.id,
    organizationId: row.organization_id,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    place: row.place,
    placesTotal: row.places_total,
    freePlaces: row.places_total - row.places_taken,
    ageFrom: row.age_from,
    ageTo: row.age_to,
    provider: Organization.ref(row.organization_id),
    municipality: Municipality.ref(row.municipality_id),
    applied: row.applied ?? null,
    participants: null,
  });

export interface CheckedEvent {
  title: string;
  description: string;
  startsAt: Date;
  place: string;
  placesTotal: number;
  ageFrom: number;
  ageTo: number;
}

/** The new event's fields, each checked; every field in error named at once. */
export function checkedEvent(input: EducationEventInput, now: Date): CheckedEvent {
  const errors: Record<string, string> = {};
  const title = input.title.trim();
  const description = (input.description ?? '').trim();
  const place = input.place.trim();
  if (title === '') errors.title = 'Укажите название мероприятия';
  else if (title.length > 200) errors.title = 'Название — не более 200 символов';
  if (description.length > 5000) errors.description = 'Описание — не более 5000 символов';
  const startsAt = new Date(input.startsAt);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(input.startsAt) || Number.isNaN(startsAt.getTime())) {
    errors.startsAt = 'Укажите дату и время начала мероприятия';
  } else if (startsAt <= now) errors.startsAt = 'Мероприятие должно начинаться в будущем';
  if (place === '') errors.place = 'Укажите место проведения';
  else if (place.length > 500) errors.place = 'Место проведения — не более 500 символов';
  if (!Number.isInteger(input.placesTotal) || input.placesTotal < 1 || input.placesTotal > 100_000) {
    errors.placesTotal = 'Число мест — от 1 до 100 000';
  }
  const ageOk = (age: number) => Number.isInteger(age) && age >= 0 && age <= 18;
  if (!ageOk(input.ageFrom)) errors.ageFrom = 'Возраст «от» — от 0 до 18 лет';
  if (!ageOk(input.ageTo)) errors.ageTo = 'Возраст «до» — от 0 до 18 лет';
  else if (ageOk(input.ageFrom) && input.ageTo < input.ageFrom) errors.ageTo = 'Возраст «до» не меньше возраста «от»';
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  return {
    title,
    description,
    startsAt,
    place,
    placesTotal: input.placesTotal,
    ageFrom: input.ageFrom,
    ageTo: input.ageTo,
  };
}

const CURSOR = /^(\d{1,15})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function eventPositionOf(after: string | null | undefined): { startsAt: Date; id: string } | null {
  if (after === null || after === undefined) return null;
  const match = CURSOR.exec(after);
  if (!match) throw invalidFields({ after: 'Неверная позиция списка мероприятий. Откройте список заново' });
  return { startsAt: new Date(Number(match[1])), id: match[2] };
}

export function checkEventsPage(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_EVENTS_PAGE) {
    throw invalidFields({ first: `На странице от 1 до ${MAX_EVENTS_PAGE} мероприятий` });
  }
}

/** The participants as CSV for a spreadsheet: a BOM (Excel reads UTF-8 then), «;» separators, quoted cells. */
export function participantsCsv(participants: Array<{ certificateNumber: string; appliedAt: Date }>): string {
  const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = [['№', 'Номер сертификата', 'Заявка подана'].map(cell).join(';')];
  participants.forEach((participant, index) =>
    lines.push(
      [String(index + 1), participant.certificateNumber, participant.appliedAt.toISOString()].map(cell).join(';'),
    ),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
