import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { requireRegisteredCopy } from '../certificates/registered-copy';
import { NavigatorContext } from '../context';
import {
  checkedEvent,
  checkEventsPage,
  EVENT_COLUMNS,
  eventOf,
  eventPositionOf,
  EventRow,
  EVENTS_PAGE,
} from './event-rows';
import { EducationEvent, EducationEventInput, EducationEventPage, EventParticipant } from './event.type';

const eventNotFound = () => domainError(ErrorCode.NotFound, 'Мероприятие не найдено');

/** «Разместить мероприятие» (a provider): in its card's municipality; the row and its audit in one transaction. */
export async function publishEvent(context: NavigatorContext, input: EducationEventInput): Promise<EducationEvent> {
  const now = context.now();
  const event = checkedEvent(input, now);
  const organizationId = context.identity!.organizationId!;
  return context.dataSource.transaction(async (manager) => {
    const [card]: Array<{ municipality_id: string }> = await manager.query(
      `SELECT municipality_id FROM navigator.provider_cards WHERE organization_id = $1`,
      [organizationId],
    );
    if (!card) {
      throw domainError(
        ErrorCode.NotFound,
        'Карточка организации ещё не заполнена в навигаторе: мероприятия недоступны',
      );
    }
    const [row]: EventRow[] = await manager.query(
      `INSERT INTO navigator.events AS e (id, organization_id, municipality_id, title, description, starts_at, place,
         places_total, age_from, age_to, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${EVENT_COLUMNS}`,
      [
        randomUUID(),
        organizationId,
        card.municipality_id,
        event.title,
        event.description,
        event.startsAt,
        event.place,
        event.placesTotal,
        event.ageFrom,
        event.ageTo,
        now,
      ],
    );
    await writeAudit(manager, context.caller, {
      action: 'EVENT_PUBLISHED',
      subjectId: row.id,
      after: { ...event, startsAt: event.startsAt.toISOString() },
    });
    return eventOf(row);
  });
}

/**
 * The holder's «МЕРОПРИЯТИЯ»: the events that have not begun, soonest first, with whether his certificate has
 * applied; keyset-paged, one statement per page.
 */
export async function upcomingEvents(
  context: NavigatorContext,
  first: number,
  after: string | null,
): Promise<EducationEventPage> {
  checkEventsPage(first);
  const position = eventPositionOf(after);
  const rows: EventRow[] = await context.dataSource.query(
    `SELECT ${EVENT_COLUMNS}, (p.certificate_id IS NOT NULL) AS applied
       FROM navigator.events e
       LEFT JOIN navigator.event_participants p ON p.event_id = e.id AND p.certificate_id = $1
      WHERE e.starts_at > $2
        AND ($3::timestamptz IS NULL OR (e.starts_at, e.id) > ($3::timestamptz, $4::uuid))
      ORDER BY e.starts_at, e.id LIMIT $5`,
    [context.identity!.userId, context.now(), position?.startsAt ?? null, position?.id ?? null, first + 1],
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return Object.assign(new EducationEventPage(), {
    events: page.map(eventOf),
    nextCursor: rows.length > first && last ? `${last.starts_at.getTime()}_${last.id}` : null,
  });
}

/** The provider's own events, latest first (the number of participants is in each; their list is in the card). */
export async function providerEvents(context: NavigatorContext): Promise<EducationEvent[]> {
  const rows: EventRow[] = await context.dataSource.query(
    `SELECT ${EVENT_COLUMNS} FROM navigator.events e WHERE e.organization_id = $1 ORDER BY e.starts_at DESC, e.id
      LIMIT ${EVENTS_PAGE * 5}`,
    [context.identity!.organizationId],
  );
  return rows.map(eventOf);
}

/**
 * The provider's event card with its participants (certificate numbers: the navigator keeps no child's name). The
 * reading is written to the audit log, as every reading of personal data by staff is.
 */
export async function providerEvent(context: NavigatorContext, id: string): Promise<EducationEvent | null> {
  if (!isUuid(id)) return null;
  return context.dataSource.transaction(async (manager) => {
    const [row]: EventRow[] = await manager.query(
      `SELECT ${EVENT_COLUMNS} FROM navigator.events e WHERE e.id = $1 AND e.organization_id = $2`,
      [id, context.identity!.organizationId],
    );
    if (!row) return null;
    const participants: Array<{ number: string; applied_at: Date }> = await manager.query(
      `SELECT c.number, p.applied_at FROM navigator.event_participants p
         JOIN navigator.registered_certificates c ON c.certificate_id = p.certificate_id
        WHERE p.event_id = $1 ORDER BY p.applied_at, c.number`,
      [id],
    );
    await writeAudit(manager, context.caller, {
      action: 'EVENT_PARTICIPANTS_READ',
      subjectId: id,
      after: { participants: participants.length },
    });
    const event = eventOf(row);
    event.participants = participants.map((participant) =>
      Object.assign(new EventParticipant(), {
        certificateNumber: participant.number,
        appliedAt: participant.applied_at,
      }),
    );
    return event;
  });
}

/** The event locked for a change of its places; it must exist and not have begun. */
async function lockUpcoming(manager: EntityManager, id: string, now: Date): Promise<EventRow> {
  if (!isUuid(id)) throw eventNotFound();
  const [row]: EventRow[] = await manager.query(
    `SELECT ${EVENT_COLUMNS} FROM navigator.events e WHERE e.id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw eventNotFound();
  if (row.starts_at <= now) {
    throw domainError(ErrorCode.EventStarted, 'Мероприятие уже началось: заявки на участие больше не принимаются');
  }
  return row;
}

/**
 * «Подать заявку на участие» (the holder, for his certificate): one per certificate and event. The event's row is
 * locked first, so two requests for its last place are taken one after the other: the second finds none left.
 */
export async function applyToEvent(context: NavigatorContext, eventId: string): Promise<EducationEvent> {
  const certificateId = context.identity!.userId;
  const now = context.now();
  return context.dataSource.transaction(async (manager) => {
    await requireRegisteredCopy(manager, certificateId, 'заявка на участие пока невозможна');
    const event = await lockUpcoming(manager, eventId, now);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO navigator.event_participants (event_id, certificate_id, applied_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId, certificateId, now],
    );
    if (inserted.length === 0) {
      throw domainError(ErrorCode.EventParticipationExists, 'Заявка на участие в этом мероприятии уже подана');
    }
    if (event.places_taken >= event.places_total) {
      throw domainError(ErrorCode.NoFreePlaces, 'Свободных мест на мероприятии не осталось');
    }
    // An UPDATE answers [rows, count].
    const [[row]]: [EventRow[], number] = await manager.query(
      `UPDATE navigator.events e SET places_taken = places_taken + 1 WHERE id = $1 RETURNING ${EVENT_COLUMNS}`,
      [eventId],
    );
    await writeAudit(manager, context.caller, {
      action: 'EVENT_PARTICIPATION_REQUESTED',
      subjectId: eventId,
      after: { certificateId, placesTaken: row.places_taken },
    });
    return eventOf({ ...row, applied: true });
  });
}

/** «Отменить заявку» on an event that has not begun: the place is freed. */
export async function cancelEventRequest(context: NavigatorContext, eventId: string): Promise<EducationEvent> {
  const certificateId = context.identity!.userId;
  return context.dataSource.transaction(async (manager) => {
    await lockUpcoming(manager, eventId, context.now());
    const [deleted]: [unknown[], number] = await manager.query(
      `DELETE FROM navigator.event_participants WHERE event_id = $1 AND certificate_id = $2 RETURNING event_id`,
      [eventId, certificateId],
    );
    if (deleted.length === 0) throw domainError(ErrorCode.NotFound, 'Заявка на участие в этом мероприятии не найдена');
    // An UPDATE answers [rows, count].
    const [[row]]: [EventRow[], number] = await manager.query(
      `UPDATE navigator.events e SET places_taken = places_taken - 1 WHERE id = $1 RETURNING ${EVENT_COLUMNS}`,
      [eventId],
    );
    await writeAudit(manager, context.caller, {
      action: 'EVENT_PARTICIPATION_CANCELLED',
      subjectId: eventId,
      after: { certificateId, placesTaken: row.places_taken },
    });
    return eventOf({ ...row, applied: false });
  });
}
