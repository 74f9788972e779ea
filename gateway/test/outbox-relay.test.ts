import { randomUUID } from 'node:crypto';
import { Server } from 'node:http';
import express from 'express';
import { DataSource } from 'typeorm';
import {
  createDataSource,
  deliverTo,
  EVENTS_PATH,
  eventRoutes,
  EventHandler,
  inboxTableSql,
  LogLevel,
  outboxLeaseSql,
  outboxTableSql,
  requestIdColumnsSql,
  OutboxHandlers,
  OutboxRelay,
  OutboxRelayOptions,
} from '@pfdo/platform';
import { closeTestDatabase, eventually, SmtpSwitch, testDatabase, testGatewaySecret } from '@pfdo/testing';
import { freePort } from './security/services.support';

/**
 * The outbox relay against the real PostgreSQL of the test stack, in a schema of this file's own: an
 * outbox, and a receiver with the real events route and inbox (its HTTP deliveries counted per event).
 */
const SCHEMA = `relay_test_${randomUUID().slice(0, 8)}`;
/** A topic of the contracts, so that the receiver's door lets it in: its payload is one certificate's id. */
const TOPIC = 'certificate.annulled';
/** A topic the receiver has no handler for: it answers 400, which no retry can change. */
const UNKNOWN_TOPIC = 'test.unknown';
/** A topic whose receiver answers 503, as one whose database is down does. */
const UNAVAILABLE_TOPIC = 'test.unavailable';

const databaseUrl = () => process.env.PFDO_TEST_DATABASE_URL!;
const deliveries = new Map<string, number>();
let receiverDb: DataSource;
let receiver: Server;
let deliver: EventHandler;
const dataSources: DataSource[] = [];

async function relayDataSource(url = databaseUrl()): Promise<DataSource> {
  const dataSource = await createDataSource({
    schema: SCHEMA,
    url,
    entities: [],
    migrations: [],
    pool: { size: 3, acquireTimeoutMs: 30_000 },
  }).initialize();
  dataSources.push(dataSource);
  return dataSource;
}

/** A relay with its lines kept; the handlers deliver to the receiver unless told otherwise. */
function relay(dataSource: DataSource, options: Partial<OutboxRelayOptions> = {}) {
  const lines: string[] = [];
  const instance = new OutboxRelay(dataSource, {
    schema: SCHEMA,
    // Two topics no contract knows, on purpose: how the relay treats a receiver's refusal and its absence.
    handlers: { [TOPIC]: deliver, [UNKNOWN_TOPIC]: deliver, [UNAVAILABLE_TOPIC]: deliver } as OutboxHandlers,
    pollIntervalMs: 20,
    maxBackoffMs: 200,
    log: (level: LogLevel, line: string) => lines.push(`${level} ${line}`),
    ...options,
  });
  return { relay: instance, lines };
}

async function enqueue(count: number, topic = TOPIC): Promise<string[]> {
  const { rows } = await testDatabase().query(
    `INSERT INTO "${SCHEMA}".outbox (id, topic, payload)
     SELECT gen_random_uuid(), $2, jsonb_build_object('certificateId', gen_random_uuid()) FROM generate_series(1, $1::int)
     RETURNING id`,
    [count, topic],
  );
  return rows.map((row: { id: string }) => row.id);
}

const rowOf = async (id: string) =>
  (await testDatabase().query(`SELECT * FROM "${SCHEMA}".outbox WHERE id = $1`, [id])).rows[0];
const deliveredCount = async () =>
  Number(
    (await testDatabase().query(`SELECT count(*) FROM "${SCHEMA}".outbox WHERE delivered_at IS NOT NULL`)).rows[0]
      .count,
  );

beforeAll(async () => {
  const db = testDatabase();
  await db.query(`CREATE SCHEMA "${SCHEMA}"`);
  for (const sql of [
    ...outboxTableSql(SCHEMA),
    ...outboxLeaseSql(SCHEMA),
    ...inboxTableSql(SCHEMA),
    ...requestIdColumnsSql(SCHEMA, ['outbox', 'inbox']),
  ])
    await db.query(sql);

  receiverDb = await createDataSource({
    schema: SCHEMA,
    url: databaseUrl(),
    entities: [],
    migrations: [],
  }).initialize();
  const app = express();
  app.use(EVENTS_PATH, express.json(), (request, response, next) => {
    const { id, topic } = request.body as { id: string; topic: string };
    deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    if (topic === UNAVAILABLE_TOPIC) {
      response.status(503).json({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    // What the subgraph server's credential check leaves for the route: a call from another subgraph.
    response.locals.caller = { service: 'relay-test' };
    next();
  });
  const router = express.Router();
  eventRoutes(receiverDb, SCHEMA, { [TOPIC]: async () => {} })(router);
  app.use(router);
  const port = await freePort();
  receiver = await new Promise<Server>((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  deliver = deliverTo(`http://127.0.0.1:${port}/graphql`, 'relay-test', testGatewaySecret());
});

beforeEach(async () => {
  deliveries.clear();
  await testDatabase().query(`TRUNCATE "${SCHEMA}".outbox, "${SCHEMA}".inbox`);
});

afterAll(async () => {
  for (const dataSource of dataSources) if (dataSource.isInitialized) await dataSource.destroy();
  await receiverDb?.destroy();
  await new Promise((resolve) => receiver?.close(resolve));
  await testDatabase().query(`DROP SCHEMA "${SCHEMA}" CASCADE`);
  await closeTestDatabase();
});

describe('the outbox relay', () => {
  it('two relays over one outbox deliver each event exactly once', async () => {
    const ids = await enqueue(200);
    const byRelay = [0, 0];
    const relays = await Promise.all(
      [0, 1].map(
        async (which) =>
          relay(await relayDataSource(), {
            handlers: {
              [TOPIC]: async (event) => {
                byRelay[which] += 1;
                await deliver(event);
              },
            },
          }).relay,
      ),
    );
    relays.forEach((one) => one.start());
    await eventually(deliveredCount, (count) => count === ids.length, 60_000);
    await Promise.all(relays.map((one) => one.stop()));

    expect(ids.filter((id) => deliveries.get(id) !== 1)).toEqual([]);
    expect(deliveries.size).toBe(ids.length);
    const inbox = await testDatabase().query(`SELECT count(*) FROM "${SCHEMA}".inbox`);
    expect(Number(inbox.rows[0].count)).toBe(ids.length);
    expect(byRelay[0] + byRelay[1]).toBe(ids.length);
    process.stdout.write(`two relays: ${byRelay.join(' + ')} of ${ids.length} events, each delivered once\n`);
  }, 90_000);

  it('holds no transaction open while it delivers', async () => {
    await enqueue(3);
    const openTransactions: number[] = [];
    const { relay: one } = relay(await relayDataSource(), {
      handlers: {
        [TOPIC]: async (event) => {
          const { rows } = await testDatabase().query(
            `SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND state LIKE 'idle in transaction%'`,
            [`pfdo-${SCHEMA}`],
          );
          openTransactions.push(Number(rows[0].count));
          await deliver(event);
        },
      },
    });
    expect(await one.flush()).toBe(3);
    expect(openTransactions).toEqual([0, 0, 0]);
  });

  it('loses the database between sending and recording (the outage of the double e-mail) and still delivers once', async () => {
    // The relay reaches PostgreSQL through a switch this test turns off right after the receiver said yes.
    const pgPort = Number(new URL(databaseUrl()).port);
    const switchPort = await freePort();
    const pgSwitch = new SmtpSwitch(switchPort, pgPort, 0);
    await pgSwitch.up();
    const url = new URL(databaseUrl());
    url.port = String(switchPort);
    try {
      const [id] = await enqueue(1);
      const { relay: one, lines } = relay(await relayDataSource(url.toString()), {
        pollIntervalMs: 100,
        handlers: {
          [TOPIC]: async (event) => {
            await deliver(event);
            await pgSwitch.down();
            setTimeout(() => void pgSwitch.up(), 2_000);
          },
        },
      });
      one.start();
      const row = await eventually(
        () => rowOf(id),
        (current) => current.delivered_at !== null,
        30_000,
      );
      await one.stop();

      expect(deliveries.get(id)).toBe(1);
      expect(row).toMatchObject({ attempts: 1, claimed_by: null, locked_until: null, failed_at: null });
      expect(lines.some((line) => /database unavailable/.test(line))).toBe(true);
      expect(lines.filter((line) => /possible duplicate/.test(line))).toEqual([]);
    } finally {
      await pgSwitch.stop();
    }
  }, 60_000);

  it('leaves an event another relay holds a lease on, and takes over one whose lease ran out, as a possible duplicate', async () => {
    const [abandoned, held] = await enqueue(2);
    await testDatabase().query(
      `UPDATE "${SCHEMA}".outbox SET attempts = 1, claimed_by = 'relay-that-died', locked_until = now() - interval '1 second' WHERE id = $1`,
      [abandoned],
    );
    await testDatabase().query(
      `UPDATE "${SCHEMA}".outbox SET attempts = 1, claimed_by = 'relay-still-sending', locked_until = now() + interval '1 hour' WHERE id = $1`,
      [held],
    );
    const { relay: one, lines } = relay(await relayDataSource());
    expect(await one.flush()).toBe(1);

    expect(deliveries.get(abandoned)).toBe(1);
    expect(deliveries.has(held)).toBe(false);
    expect(await rowOf(abandoned)).toMatchObject({ attempts: 2, claimed_by: null });
    expect(await rowOf(held)).toMatchObject({ attempts: 1, claimed_by: 'relay-still-sending', delivered_at: null });
    expect(lines.filter((line) => line.includes(abandoned))).toEqual([
      expect.stringMatching(
        /^warn .*attempt 1 \(relay-that-died\) has no known outcome; sending again with the same id, a possible duplicate$/,
      ),
    ]);
  });

  it('marks an event refused for good dead, once, and keeps retrying one refused for now', async () => {
    const [refused] = await enqueue(1, UNKNOWN_TOPIC);
    const [unavailable] = await enqueue(1, UNAVAILABLE_TOPIC);
    const { relay: one, lines } = relay(await relayDataSource());
    one.start();
    await eventually(
      () => rowOf(unavailable),
      (row) => row.attempts >= 4,
      20_000,
    );
    await one.stop();

    const dead = await rowOf(refused);
    expect(dead).toMatchObject({ attempts: 1, delivered_at: null, claimed_by: null, locked_until: null });
    expect(dead.failed_at).not.toBeNull();
    expect(dead.last_error).toMatch(/answered HTTP 400/);
    expect(deliveries.get(refused)).toBe(1);
    expect(lines.filter((line) => line.includes(`${refused} is dead`))).toHaveLength(1);

    const retried = await rowOf(unavailable);
    expect(retried).toMatchObject({ failed_at: null, delivered_at: null });
    expect(retried.last_error).toMatch(/answered HTTP 503/);

    // Operators see how many are dead: on the relay's schedule, in the log.
    expect(await one.deadEvents()).toMatchObject({ count: 1 });
    await one.housekeeping();
    expect(lines.filter((line) => /^error .*1 dead event \(refused for good, not retried\)/.test(line))).toHaveLength(
      1,
    );
  }, 30_000);

  it('delivers events of different lanes side by side, and the events of one lane one after another in the order written', async () => {
    // 6 independent events (a lane each) and 6 of one lane, written a millisecond apart.
    const { rows } = await testDatabase().query(
      `INSERT INTO "${SCHEMA}".outbox (id, topic, payload, created_at)
       SELECT gen_random_uuid(), $1, jsonb_build_object('certificateId', gen_random_uuid(), 'lane', CASE WHEN i <= 6 THEN 'own' ELSE 'shared' END),
         now() - interval '1 minute' + i * interval '1 millisecond'
       FROM generate_series(1, 12) AS i
       RETURNING id, payload->>'lane' AS lane, created_at`,
      [TOPIC],
    );
    const written = (lane: string) =>
      (rows as Array<{ id: string; lane: string; created_at: Date }>)
        .filter((row) => row.lane === lane)
        .sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
        .map((row) => row.id);
    const inFlight = { own: 0, shared: 0 };
    const most = { own: 0, shared: 0 };
    const sharedOrder: string[] = [];
    const { relay: one } = relay(await relayDataSource(), {
      lanes: 4,
      batchSize: 12,
      laneOf: (event) => (event.payload.lane === 'own' ? event.id : 'shared'),
      handlers: {
        [TOPIC]: async (event) => {
          const lane = (event.payload as { lane?: string }).lane as 'own' | 'shared';
          inFlight[lane] += 1;
          most[lane] = Math.max(most[lane], inFlight[lane]);
          if (lane === 'shared') sharedOrder.push(event.id);
          // Long enough for the other lanes to start meanwhile.
          await new Promise((resolve) => setTimeout(resolve, 100));
          inFlight[lane] -= 1;
        },
      },
    });
    expect(await one.flush()).toBe(12);

    expect(sharedOrder).toEqual(written('shared'));
    expect(most.shared).toBe(1);
    // Four lanes at once: the shared lane and up to three of the independent ones beside it.
    expect(most.own).toBeGreaterThanOrEqual(2);
    expect(most.own).toBeLessThanOrEqual(4);
    expect(await deliveredCount()).toBe(12);
  });

  it('prunes delivered events older than the retention, and nothing else', async () => {
    const [old, older, recent, pending, dead] = await enqueue(5);
    const db = testDatabase();
    await db.query(`UPDATE "${SCHEMA}".outbox SET delivered_at = now() - interval '8 days' WHERE id = $1`, [old]);
    await db.query(`UPDATE "${SCHEMA}".outbox SET delivered_at = now() - interval '30 days' WHERE id = $1`, [older]);
    await db.query(`UPDATE "${SCHEMA}".outbox SET delivered_at = now() - interval '6 days' WHERE id = $1`, [recent]);
    await db.query(
      `UPDATE "${SCHEMA}".outbox SET created_at = now() - interval '30 days', next_attempt_at = now() + interval '1 hour' WHERE id = $1`,
      [pending],
    );
    await db.query(`UPDATE "${SCHEMA}".outbox SET failed_at = now() - interval '30 days' WHERE id = $1`, [dead]);

    const { relay: one } = relay(await relayDataSource(), { retentionDays: 7 });
    expect(await one.prune()).toBe(2);
    const { rows } = await db.query(`SELECT id FROM "${SCHEMA}".outbox`);
    expect(rows.map((row: { id: string }) => row.id).sort()).toEqual([recent, pending, dead].sort());
  });
});
