import { timingSafeEqual } from 'node:crypto';
import type { Express, NextFunction, Request, Response } from 'express';
import { metricsRoute } from './metrics';

/** A dependency the service cannot serve without; resolves when it answers, rejects or hangs otherwise. */
export type ReadinessCheck = () => Promise<unknown>;

/** A check that has not answered by then counts as failed: /ready answers fast, whatever hangs. */
export const READINESS_TIMEOUT_MS = 2_000;

function withinDeadline(check: ReadinessCheck, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  const answered = Promise.resolve()
    .then(check)
    .then(
      () => 'ok',
      (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200),
    );
  return Promise.race([answered, late]).finally(() => clearTimeout(timer));
}

export interface OperationRoutes {
  /** From now on /ready answers 503: the process is stopping, and a load balancer should send no more. */
  drain(): void;
}

export interface OperationRoutesOptions {
  /** How long /ready waits for a check before it counts it as failed. */
  timeoutMs?: number;
  /**
   * What GET /metrics asks of a caller: `open` (no credential, for a service on the internal network only),
   * `{ token }` (the scraper sends `Authorization: Bearer <token>`, METRICS_TOKEN), or `off` (not served).
   */
  metrics?: MetricsAccess;
}

export type MetricsAccess = 'open' | 'off' | { token: string };

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics behind its access rule: a wrong or missing token is 401, a service that serves none 404. */
function guardedMetrics(access: MetricsAccess) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (access === 'open') return next();
    if (access === 'off') return response.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
    const [scheme, token] = (request.header('authorization') ?? '').split(' ');
    if (scheme === 'Bearer' && token && sameSecret(token, access.token)) return next();
    return response
      .status(401)
      .setHeader('www-authenticate', 'Bearer realm="metrics"')
      .json({ error: { code: 'UNAUTHENTICATED', message: 'METRICS_TOKEN is required' } });
  };
}

/**
 * The routes of operations, open without a credential (like the service itself, they are for the internal
 * network): GET /health, alive (the process answers); GET /ready, the dependencies answer (200, or 503
 * naming the one that does not); GET /metrics, Prometheus's text format, as `options.metrics` allows.
 */
export function operationRoutes(
  app: Express,
  service: string,
  checks: Record<string, ReadinessCheck>,
  { timeoutMs = READINESS_TIMEOUT_MS, metrics = 'open' }: OperationRoutesOptions = {},
): OperationRoutes {
  let draining = false;
  app.get('/health', (_request: Request, response: Response) => {
    response.json({ status: 'ok', service });
  });
  app.get('/ready', async (_request: Request, response: Response) => {
    const results = Object.fromEntries(
      await Promise.all(
        Object.entries(checks).map(async ([name, check]) => [name, await withinDeadline(check, timeoutMs)] as const),
      ),
    );
    if (draining) results.process = 'stopping';
    const ready = Object.values(results).every((result) => result === 'ok');
    response
      .status(ready ? 200 : 503)
      .setHeader('cache-control', 'no-store')
      .json({ status: ready ? 'ready' : 'unavailable', service, checks: results });
  });
  app.get('/metrics', guardedMetrics(metrics), metricsRoute);
  return { drain: () => (draining = true) };
}
