import type { Request, Response, Router } from 'express';
import express from 'express';
import { DataSource, EntityManager } from 'typeorm';
import {
  checkEventEnvelope,
  checkPayload,
  ErrorCode,
  EventPayload,
  eventsRoute,
  InternalRefusal,
  isTopic,
  TopicName,
} from '@pfdo/contracts';
import { CREDENTIAL_HEADER, mintServiceCredential } from './credential';
import { logger } from './logger';
import { OutboxEvent, PermanentDeliveryError } from './outbox';
import { currentRequestId, REQUEST_ID_HEADER } from './request-scope';
import { callerOf } from './subgraph-server';

/** The route on which a subgraph receives events from the others. */
export const EVENTS_PATH = eventsRoute.path;

/** The table each subgraph that receives events creates: the ids it has handled, for exactly-once effects. */
export function inboxTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".inbox (
      event_id uuid PRIMARY KEY,
      topic text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    )`,
  ];
}

/** Applies one event of a topic, with its payload checked against the topic's contract. */
export type InboxHandler<T extends TopicName = TopicName> = (
  manager: EntityManager,
  payload: EventPayload<T>,
) => Promise<void>;

/** A receiver's handlers, by topic: a topic not listed is refused at the door. */
export type InboxHandlers = { [T in TopicName]?: InboxHandler<T> };

function refuse(response: Response, status: number, code: ErrorCode, message: string): void {
  const body: InternalRefusal = { error: { code, message } };
  response.status(status).json(body);
}

/**
 * Receives events from other subgraphs. Each is checked at the door: a topic this receiver does not take is
 * refused with 400 `UNKNOWN_TOPIC`, a payload that breaks its topic's contract with 422
 * `INVALID_EVENT_PAYLOAD`, each with a body that says why, and neither is stored in the inbox (the sender's
 * relay marks such an event dead). A valid event is handled once, in a transaction that also records its id,
 * so that a redelivery after a lost acknowledgement changes nothing.
 */
export function eventRoutes(
  dataSource: DataSource,
  schema: string,
  handlers: InboxHandlers,
  /** Runs after a handled event's transaction commits, e.g. to nudge the outbox relay. */
  afterCommit?: () => void,
) {
  return (router: Router) => {
    router.post(EVENTS_PATH, express.json({ limit: '256kb' }), async (request: Request, response: Response) => {
      if (!callerOf(response).service) {
        refuse(response, 403, ErrorCode.Forbidden, 'events come only from other subgraphs');
        return;
      }
      const envelope = checkEventEnvelope(request.body);
      if (!envelope.ok) {
        refuse(response, 400, ErrorCode.BadRequest, `not an event: ${envelope.issues}`);
        return;
      }
      const { id, topic, payload } = envelope.value;
      const handler = isTopic(topic) ? (handlers[topic] as InboxHandler | undefined) : undefined;
      if (!isTopic(topic) || !handler) {
        refuse(response, 400, ErrorCode.UnknownTopic, `this service does not take events of topic ${topic}`);
        return;
      }
      const checked = checkPayload(topic, payload);
      if (!checked.ok) {
        refuse(
          response,
          422,
          ErrorCode.InvalidEventPayload,
          `the payload breaks the contract of ${topic}: ${checked.issues}`,
        );
        return;
      }
      await dataSource.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO "${schema}".inbox (event_id, topic, request_id) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [id, topic, currentRequestId() ?? null],
        );
        if (inserted.length > 0) await handler(manager, checked.value);
      });
      logger.info({ event: id, topic }, 'event received');
      afterCommit?.();
      response.status(204).end();
    });
  };
}

/**
 * A receiver's 4xx refuses the event itself (an unknown topic, a malformed payload): sending it again cannot
 * help, and the event is dead. Except: 408 and 429 ask to come back later, and 401 refuses the credential,
 * not the event (a GATEWAY_SECRET that differs between services until a deployment is finished).
 */
export function isPermanentRefusal(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 408, 429].includes(status);
}

/** Delivers an outbox event to another subgraph's events route; throws unless it was accepted. */
export function deliverTo(graphqlUrl: string, service: string, secret: string) {
  const endpoint = new URL(EVENTS_PATH, graphqlUrl).toString();
  return async (event: OutboxEvent): Promise<void> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CREDENTIAL_HEADER]: await mintServiceCredential(service, secret),
        ...(event.requestId && { [REQUEST_ID_HEADER]: event.requestId }),
      },
      body: JSON.stringify({ id: event.id, topic: event.topic, payload: event.payload }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return;
    const refusal = `${endpoint} answered HTTP ${response.status}`;
    if (isPermanentRefusal(response.status))
      throw new PermanentDeliveryError(`${refusal}: ${(await response.text()).slice(0, 300)}`);
    throw new Error(refusal);
  };
}
