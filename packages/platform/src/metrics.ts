import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics by every service. Labels are bounded: routes are
 * the routes' patterns, operation names the first MAX_OPERATION_NAMES seen (any later one, and any name
 * that does not look like one, is counted as «other»), error codes the stable codes (any other «OTHER»).
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Latency buckets from 5 ms to 30 s: a read answers in tens of ms, a PDF form or a slow subgraph in seconds. */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const httpRequests = new Counter({
  name: 'pfdo_http_requests_total',
  help: 'HTTP requests served, by route pattern, method and status',
  labelNames: ['route', 'method', 'status'],
  registers: [metricsRegistry],
});
const httpDuration = new Histogram({
  name: 'pfdo_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by route pattern and method',
  labelNames: ['route', 'method'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});
const graphqlOperations = new Counter({
  name: 'pfdo_graphql_operations_total',
  help: 'GraphQL operations answered, by operation name and outcome (ok, error)',
  labelNames: ['operation', 'outcome'],
  registers: [metricsRegistry],
});
const graphqlDuration = new Histogram({
  name: 'pfdo_graphql_operation_duration_seconds',
  help: 'Time to answer a GraphQL operation, by operation name',
  labelNames: ['operation'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});
const graphqlErrors = new Counter({
  name: 'pfdo_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code',
  labelNames: ['code'],
  registers: [metricsRegistry],
});

/** Distinct operation names a process labels; enough for every operation of the web app and partners. */
export const MAX_OPERATION_NAMES = 200;
const OTHER_OPERATION = 'other';
const ANONYMOUS_OPERATION = 'anonymous';
const operationNames = new Set<string>();

/** The label of an operation name: itself while the set is not full, else «other». */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return ANONYMOUS_OPERATION;
  if (operationNames.has(name)) return name;
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name) || operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
  operationNames.add(name);
  return name;
}

/** An error code as a label: the stable codes are upper-case words; anything else is «OTHER». */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z_]{0,49}$/.test(code) ? code : 'OTHER';
}

/** Counts and times every GraphQL operation, and its errors by code. */
export const graphqlMetricsPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ request, operationName, response, errors }) {
        const operation = operationLabel(operationName ?? request.operationName);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const found = body?.errors ?? errors ?? [];
        for (const error of found) graphqlErrors.inc({ code: errorCodeLabel(error.extensions?.code) });
        graphqlOperations.inc({ operation, outcome: found.length > 0 ? 'error' : 'ok' });
        graphqlDuration.observe({ operation }, seconds);
      },
    };
  },
};

/** Counts and times every HTTP request by its route's pattern (never its path: ids would make labels). */
export function httpMetrics(request: Request, response: Response, next: NextFunction): void {
  const stopTimer = httpDuration.startTimer();
  response.once('finish', () => {
    const route = (request.route as { path?: string } | undefined)?.path ?? (request.baseUrl || 'other');
    const labels = { route: String(route), method: request.method };
    stopTimer(labels);
    httpRequests.inc({ ...labels, status: String(response.statusCode) });
  });
  next();
}

/** GET /metrics: the registry in Prometheus's text format. */
export async function metricsRoute(_request: Request, response: Response): Promise<void> {
  response.setHeader('content-type', metricsRegistry.contentType);
  response.end(await metricsRegistry.metrics());
}

export interface OutboxState {
  /** Events neither delivered nor dead. */
  backlog: number;
  /** Age of the oldest of those, in seconds; 0 when there is none. */
  oldestAgeSeconds: number;
  dead: number;
}

/** The outboxes of this process, by schema, read when Prometheus scrapes (one query per outbox). */
const outboxes = new Map<string, () => Promise<OutboxState>>();
let outboxSnapshot: Promise<Map<string, OutboxState>> | null = null;

/** One reading of every outbox per scrape, shared by the three gauges; an outbox that cannot be read is left out. */
function readOutboxes(): Promise<Map<string, OutboxState>> {
  outboxSnapshot ??= (async () => {
    const states = new Map<string, OutboxState>();
    await Promise.all(
      [...outboxes].map(async ([schema, read]) => {
        try {
          states.set(schema, await read());
        } catch {
          // The database is down: the gauges go without this outbox, and /ready says why.
        }
      }),
    );
    setTimeout(() => (outboxSnapshot = null), 1000).unref();
    return states;
  })();
  return outboxSnapshot;
}

function outboxGauge(name: string, help: string, value: (state: OutboxState) => number) {
  return new Gauge({
    name,
    help,
    labelNames: ['schema'],
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      for (const [schema, state] of await readOutboxes()) this.set({ schema }, value(state));
    },
  });
}

outboxGauge('pfdo_outbox_backlog', 'Outbox events waiting to be delivered', (state) => state.backlog);
outboxGauge(
  'pfdo_outbox_oldest_age_seconds',
  'Age of the oldest outbox event waiting to be delivered',
  (state) => state.oldestAgeSeconds,
);
outboxGauge(
  'pfdo_outbox_dead_events',
  'Outbox events refused for good, waiting for an operator',
  (state) => state.dead,
);

/** Makes an outbox visible in the metrics; returns what removes it again. */
export function watchOutbox(schema: string, read: () => Promise<OutboxState>): () => void {
  outboxes.set(schema, read);
  return () => {
    if (outboxes.get(schema) === read) outboxes.delete(schema);
  };
}
