import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import { DataSource } from 'typeorm';
import { ErrorCode, EventContractError, EventParty, Topic, TOPIC_EXAMPLES, TopicName, TOPICS } from '@pfdo/contracts';
import {
  createDataSource,
  CREDENTIAL_HEADER,
  enqueueEvent,
  EVENTS_PATH,
  eventRoutes,
  inboxTableSql,
  InboxHandlers,
  mintServiceCredential,
  outboxTableSql,
  requestIdColumnsSql,
  pruneInbox,
} from '@pfdo/platform';
import { closeTestDatabase, SUBGRAPH_PORTS, SubgraphName, testDatabase, testGatewaySecret } from '@pfdo/testing';
import { freePort } from './security/services.support';

/**
 * The event contracts on both sides. Producer: `enqueueEvent` writes a valid payload and refuses a broken
 * one before anything is written. Receiver: the real subgraphs of the test stack refuse a broken payload
 * (422) and a topic they do not take (400) and store neither; the events route accepts a valid one once.
 * And every topic a subgraph's code enqueues has a receiver that subscribes to it.
 */
const SCHEMA = `contracts_test_${randomUUID().slice(0, 8)}`;
const topics = Object.keys(TOPICS) as TopicName[];
const SUBGRAPHS: SubgraphName[] = ['certificates', 'organizations', 'navigator', 'email'];
const isSubgraph = (party: EventParty): party is SubgraphName => (SUBGRAPHS as string[]).includes(party);

let dataSource: DataSource;
let receiver: Server;
let receiverUrl: string;
const applied: Array<{ topic: string; payload: unknown }> = [];

beforeAll(async () => {
  const db = testDatabase();
  await db.query(`CREATE SCHEMA "${SCHEMA}"`);
  for (const sql of [
    ...outboxTableSql(SCHEMA),
    ...inboxTableSql(SCHEMA),
    ...requestIdColumnsSql(SCHEMA, ['outbox', 'inbox']),
  ])
    await db.query(sql);
  dataSource = await createDataSource({
    schema: SCHEMA,
    url: process.env.PFDO_TEST_DATABASE_URL!,
    entities: [],
    migrations: [],
  }).initialize();

  // A receiver of every topic, with the real events route and inbox.
  const handlers = Object.fromEntries(
    topics.map((topic) => [
      topic,
      async (_manager: unknown, payload: unknown) => {
        applied.push({ topic, payload });
      },
    ]),
  ) as InboxHandlers;
  const app = express();
  app.use(EVENTS_PATH, (_request, response, next) => {
    response.locals.caller = { service: 'contracts-test' };
    next();
  });
  const router = express.Router();
  eventRoutes(dataSource, SCHEMA, handlers)(router);
  app.use(router);
  const port = await freePort();
  receiver = await new Promise<Server>((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  receiverUrl = `http://127.0.0.1:${port}${EVENTS_PATH}`;
});

beforeEach(async () => {
  applied.length = 0;
  await testDatabase().query(`TRUNCATE "${SCHEMA}".outbox, "${SCHEMA}".inbox`);
});

afterAll(async () => {
  await dataSource?.destroy();
  await new Promise((resolve) => receiver?.close(resolve));
  await testDatabase().query(`DROP SCHEMA "${SCHEMA}" CASCADE`);
  await closeTestDatabase();
});

const count = async (table: string, where = 'true', values: unknown[] = []) =>
  Number((await testDatabase().query(`SELECT count(*) FROM ${table} WHERE ${where}`, values)).rows[0].count);

async function post(url: string, body: unknown, service = 'contracts-test') {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CREDENTIAL_HEADER]: await mintServiceCredential(service, testGatewaySecret()),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const subgraphEvents = (subgraph: SubgraphName) => `http://127.0.0.1:${SUBGRAPH_PORTS[subgraph]}${EVENTS_PATH}`;

describe.each(topics)('the contract of %s', (topic) => {
  const example = TOPIC_EXAMPLES[topic];

  describe('on the producer side', () => {
    it('writes a valid payload', async () => {
      await dataSource.transaction((manager) =>
        enqueueEvent(manager, SCHEMA, topic, example.enqueued as never /* each topic's own example */),
      );
      expect(await count(`"${SCHEMA}".outbox`, 'topic = $1', [topic])).toBe(1);
    });

    it.each(example.broken)('refuses %s before anything is written', async (_why, payload) => {
      const attempt = dataSource.transaction(async (manager) => {
        await enqueueEvent(manager, SCHEMA, topic, payload as never);
      });
      await expect(attempt).rejects.toThrow(EventContractError);
      expect(await count(`"${SCHEMA}".outbox`)).toBe(0);
    });
  });

  describe('on the receiver side', () => {
    it('applies a valid event once, with its payload, and ignores its redelivery', async () => {
      const event = { id: randomUUID(), topic, payload: example.delivered };
      expect((await post(receiverUrl, event)).status).toBe(204);
      expect((await post(receiverUrl, event)).status).toBe(204);
      expect(applied).toEqual([{ topic, payload: example.delivered }]);
      expect(await count(`"${SCHEMA}".inbox`, 'event_id = $1', [event.id])).toBe(1);
    });

    it.each(example.broken)('refuses %s with 422 INVALID_EVENT_PAYLOAD and stores nothing', async (_why, payload) => {
      const id = randomUUID();
      const refused = await post(receiverUrl, { id, topic, payload });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe(ErrorCode.InvalidEventPayload);
      expect(refused.body.error.message).toContain(topic);
      expect(applied).toEqual([]);
      expect(await count(`"${SCHEMA}".inbox`)).toBe(0);
    });

    const consumer = TOPICS[topic].consumer;
    if (isSubgraph(consumer)) {
      it(`is taken by the real ${consumer} subgraph, which refuses a broken payload at the door and stores nothing`, async () => {
        const id = randomUUID();
        const [[, payload]] = example.broken;
        const refused = await post(subgraphEvents(consumer), { id, topic, payload }, TOPICS[topic].producer);
        expect(refused).toMatchObject({ status: 422, body: { error: { code: ErrorCode.InvalidEventPayload } } });
        expect(await count(`${consumer}.inbox`, 'event_id = $1', [id])).toBe(0);
      });
    }
  });
});

describe('a receiver', () => {
  it('refuses a topic it does not take with 400 UNKNOWN_TOPIC and stores nothing', async () => {
    const id = randomUUID();
    // The organizations subgraph takes certificates' events, not the e-mail subgraph's.
    const refused = await post(
      subgraphEvents('organizations'),
      { id, topic: Topic.emailConfirmed, payload: TOPIC_EXAMPLES[Topic.emailConfirmed].delivered },
      'email',
    );
    expect(refused).toMatchObject({ status: 400, body: { error: { code: ErrorCode.UnknownTopic } } });
    expect(await count('organizations.inbox', 'event_id = $1', [id])).toBe(0);

    const unknown = await post(receiverUrl, { id, topic: 'certificate.frozen', payload: {} });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: ErrorCode.UnknownTopic } } });
  });

  it('refuses what is not an event at all with 400 BAD_REQUEST', async () => {
    const refused = await post(receiverUrl, { id: 'not-an-id', topic: Topic.certificateAnnulled, payload: {} });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: ErrorCode.BadRequest } } });
  });
});

describe('the inbox after pruning', () => {
  it('forgets the ids applied before the retention, and still ignores a redelivery within it', async () => {
    const example = TOPIC_EXAMPLES[Topic.certificateAnnulled];
    const recent = { id: randomUUID(), topic: Topic.certificateAnnulled, payload: example.delivered };
    const old = { id: randomUUID(), topic: Topic.certificateAnnulled, payload: example.delivered };
    for (const event of [recent, old]) expect((await post(receiverUrl, event)).status).toBe(204);
    await testDatabase().query(
      `UPDATE "${SCHEMA}".inbox SET received_at = received_at - $2 * interval '1 day' WHERE event_id = $1`,
      [old.id, 31],
    );
    await testDatabase().query(
      `UPDATE "${SCHEMA}".inbox SET received_at = received_at - $2 * interval '1 day' WHERE event_id = $1`,
      [recent.id, 29],
    );

    expect(await pruneInbox(dataSource, SCHEMA, 30)).toBe(1);
    expect((await post(receiverUrl, recent)).status).toBe(204);
    expect(applied).toHaveLength(2);
    expect(await count(`"${SCHEMA}".inbox`, 'event_id = $1', [old.id])).toBe(0);
    expect(await count(`"${SCHEMA}".inbox`, 'event_id = $1', [recent.id])).toBe(1);
  });
});

/** Every `.ts` file of a subgraph's source, tests left out. */
function sourcesOf(subgraph: SubgraphName): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(readFileSync(file, 'utf8'));
    }
  };
  walk(path.resolve(__dirname, '../../subgraphs', subgraph, 'src'));
  return files;
}

const topicOf = (name: string) => Topic[name as keyof typeof Topic];

describe('every topic a subgraph enqueues', () => {
  it.each(SUBGRAPHS)(
    'by %s is its own, its relay delivers it, and some receiver subscribes to it',
    async (subgraph) => {
      const sources = sourcesOf(subgraph).join('\n');
      const enqueued = [...sources.matchAll(/enqueueEvent\(\s*\w+,\s*\w+,\s*Topic\.(\w+)/g)].map((match) =>
        topicOf(match[1]),
      );
      // A handler: a delivery to a subgraph, the form attached to one, or the e-mail subgraph's pooled SMTP sender.
      const relayed = [
        ...sources.matchAll(/\[Topic\.(\w+)\]:\s*(?:deliverTo\(|withApplicationForm\(|this\.smtp\.send\b)/g),
      ].map((match) => topicOf(match[1]));
      expect(enqueued.every(Boolean)).toBe(true);
      for (const topic of new Set(enqueued)) {
        expect({ topic, producer: TOPICS[topic].producer }).toEqual({ topic, producer: subgraph });
        expect(relayed).toContain(topic);
        const consumer = TOPICS[topic].consumer;
        if (isSubgraph(consumer)) {
          // A subscribed receiver checks the payload (422); one that does not take the topic says 400.
          const answer = await post(subgraphEvents(consumer), { id: randomUUID(), topic, payload: {} }, subgraph);
          expect({ topic, consumer, status: answer.status }).toEqual({ topic, consumer, status: 422 });
        } else {
          expect({ topic, consumer }).toEqual({ topic, consumer: 'smtp' });
        }
      }
      if (subgraph === 'certificates' || subgraph === 'email') expect(enqueued.length).toBeGreaterThan(0);
    },
  );
});
