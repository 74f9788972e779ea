'use client';

import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { formatRegionDateTime } from '../../../_ui/format';
import { LoadState } from '../../../_ui/load-state';
import { EventForm } from './event-form';
import { ProviderEventParticipantsDocument, ProviderEventsDocument } from './events.operations';

/** The CSV as a file the browser saves. */
function saveCsv(csv: string, title: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = `Участники — ${title.replace(/[\\/:*?"<>|]/g, '_')}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** A provider's «Мероприятия»: the form, its events, and each event's participants (read on request: audited). */
export function ProviderEvents() {
  const id = useId();
  const { data, loading, error, refetch } = useQuery(ProviderEventsDocument);
  const [readParticipants, participants] = useLazyQuery(ProviderEventParticipantsDocument, {
    fetchPolicy: 'network-only',
  });
  const shown = participants.data?.providerEvent ?? null;
  return (
    <>
      <EventForm />
      <section className="page-panel" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>Мероприятия организации</h2>
        {!data && <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />}
        {data?.providerEvents.length === 0 && <p>Мероприятий пока нет.</p>}
        <ul className="plain-list">
          {data?.providerEvents.map((event) => (
            <li key={event.id}>
              <h3>{event.title}</h3>
              <p className="muted">
                {formatRegionDateTime(event.startsAt)} · {event.place} · занято мест:{' '}
                {event.placesTotal - event.freePlaces} из {event.placesTotal}
              </p>
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => void readParticipants({ variables: { id: event.id } }).catch(() => undefined)}
                >
                  Участники
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {shown && (
        <section className="page-panel" aria-labelledby={`${id}-participants`}>
          <h2 id={`${id}-participants`}>Участники: {shown.title}</h2>
          {shown.participants?.length ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">Номер сертификата</th>
                  <th scope="col">Заявка подана</th>
                </tr>
              </thead>
              <tbody>
                {shown.participants.map((participant, index) => (
                  <tr key={participant.certificateNumber}>
                    <td>{index + 1}</td>
                    <td>{participant.certificateNumber}</td>
                    <td>{formatRegionDateTime(participant.appliedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Заявок на участие пока нет.</p>
          )}
          {shown.participantsCsv && (
            <div className="actions">
              <button type="button" className="button" onClick={() => saveCsv(shown.participantsCsv!, shown.title)}>
                Скачать CSV
              </button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
