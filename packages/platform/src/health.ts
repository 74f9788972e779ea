import type { Express, Request, Response } from 'express';
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

/**
 * The routes of operations, open without a credential (like the service itself, they are for the internal
 * network): GET /health, alive (the process answers); GET /ready, the dependencies answer (200, or 503
 * naming the one that does not); GET /metrics, Prometheus's text format.
 */
export function operationRoutes(
  app: Express,
  service: string,
  checks: Record<string, ReadinessCheck>,
  timeoutMs = READINESS_TIMEOUT_MS,
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
  app.get('/metrics', metricsRoute);
  return { drain: () => (draining = true) };
}
