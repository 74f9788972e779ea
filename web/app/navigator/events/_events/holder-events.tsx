'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../../_auth/describe-error';
import { formatRegionDateTime } from '../../../_ui/format';
import { LoadState } from '../../../_ui/load-state';
import { ApplyToEventDocument, CancelEventRequestDocument, UpcomingEventsDocument } from './events.operations';

/** «МЕРОПРИЯТИЯ»: the upcoming events, soonest first, with «Подать заявку на участие» and «Отменить заявку». */
export function HolderEvents() {
  const { data, loading, error, refetch, fetchMore } = useQuery(UpcomingEventsDocument, { variables: {} });
  const [apply] = useMutation(ApplyToEventDocument);
  const [cancel] = useMutation(CancelEventRequestDocument);
  const [messages, setMessages] = useState<Record<string, { text: string; alert: boolean }>>({});
  const page = data?.upcomingEvents;
  if (!page) return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (page.events.length === 0) return <p>Предстоящих мероприятий пока нет.</p>;

  const act = (eventId: string, action: typeof apply | typeof cancel, done: string) =>
    void action({ variables: { eventId } })
      .then(() => setMessages((all) => ({ ...all, [eventId]: { text: done, alert: false } })))
      .catch((caught: unknown) =>
        setMessages((all) => ({ ...all, [eventId]: { text: describeError(caught).message, alert: true } })),
      );

  return (
    <>
      {page.events.map((event) => {
        const message = messages[event.id];
        return (
          <article key={event.id} className="page-panel" aria-labelledby={`event-${event.id}`}>
            <h2 id={`event-${event.id}`}>{event.title}</h2>
            <ul className="facts">
              <li>
                <span className="label">Когда: </span>
                {formatRegionDateTime(event.startsAt)}
              </li>
              <li>
                <span className="label">Где: </span>
                {event.place}
                {event.municipality.name ? `, ${event.municipality.name}` : ''}
              </li>
              <li>
                <span className="label">Организатор: </span>
                {event.provider.name}
              </li>
              <li>
                <span className="label">Возраст: </span>
                от {event.ageFrom} до {event.ageTo} лет
              </li>
              <li>
                <span className="label">Свободных мест: </span>
                {event.freePlaces} из {event.placesTotal}
              </li>
            </ul>
            {event.description && <p>{event.description}</p>}
            {event.applied && <p className="notice notice-success">Заявка на участие подана.</p>}
            {message && (
              <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'form-error' : 'muted'}>
                {message.text}
              </p>
            )}
            <div className="actions">
              {event.applied ? (
                <button type="button" className="button" onClick={() => act(event.id, cancel, 'Заявка отменена.')}>
                  Отменить заявку
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={event.freePlaces === 0}
                  onClick={() => act(event.id, apply, 'Заявка на участие подана.')}
                >
                  Подать заявку на участие
                </button>
              )}
            </div>
          </article>
        );
      })}
      {page.nextCursor && (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void fetchMore({
                variables: { after: page.nextCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  upcomingEvents: {
                    ...fetchMoreResult.upcomingEvents,
                    events: [...previous.upcomingEvents.events, ...fetchMoreResult.upcomingEvents.events],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            Показать ещё
          </button>
        </div>
      )}
    </>
  );
}
