import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { MetricsAccess, operationRoutes, ReadinessCheck } from './health';

async function serve(checks: Record<string, ReadinessCheck>, timeoutMs = 300) {
  const app = express();
  const routes = operationRoutes(app, 'certificates', checks, { timeoutMs });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const started = Date.now();
    const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: (await response.json()) as unknown, ms: Date.now() - started };
  };
  return { get, routes, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('/health and /ready', () => {
  it('say alive and ready when every dependency answers', async () => {
    const service = await serve({ database: async () => 1 });
    try {
      expect(await service.get('/health')).toMatchObject({
        status: 200,
        body: { status: 'ok', service: 'certificates' },
      });
      expect(await service.get('/ready')).toMatchObject({
        status: 200,
        body: { status: 'ready', service: 'certificates', checks: { database: 'ok' } },
      });
    } finally {
      await service.close();
    }
  });

  it('answer 503 naming the dependency that fails, and answer fast when one hangs', async () => {
    const service = await serve({
      database: () => new Promise(() => undefined),
      storage: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
    });
    try {
      const ready = await service.get('/ready');
      expect(ready).toMatchObject({
        status: 503,
        body: {
          status: 'unavailable',
          checks: { database: 'no answer within 300 ms', storage: 'connect ECONNREFUSED 127.0.0.1:5432' },
        },
      });
      // A database that hangs for ever costs the probe its deadline, not a hang.
      expect(ready.ms).toBeLessThan(5_000);
      // Alive all the same: the process answers.
      expect((await service.get('/health')).status).toBe(200);
    } finally {
      await service.close();
    }
  });

  it('answer 503 once the service is stopping, so that a load balancer sends no more', async () => {
    const service = await serve({ database: async () => 1 });
    try {
      service.routes.drain();
      expect(await service.get('/ready')).toMatchObject({
        status: 503,
        body: { checks: { database: 'ok', process: 'stopping' } },
      });
    } finally {
      await service.close();
    }
  });
});

describe('/metrics', () => {
  const metricsOf = async (metrics: MetricsAccess, headers: Record<string, string> = {}) => {
    const app = express();
    operationRoutes(app, 'gateway', {}, { metrics });
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`, {
        headers,
        signal: AbortSignal.timeout(10_000),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  };
  const token = 'a-scraper-token-of-32-characters';

  it('serves Prometheus text to anyone when open', async () => {
    const answer = await metricsOf('open');
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('process_resident_memory_bytes');
  });

  it('demands the token when METRICS_TOKEN is set: none, another scheme, a wrong or a longer one is 401', async () => {
    for (const authorization of [undefined, `Basic ${token}`, 'Bearer wrong', `Bearer ${token}x`, 'Bearer ']) {
      const answer = await metricsOf({ token }, authorization === undefined ? {} : { authorization });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(answer.text).not.toContain('process_resident_memory_bytes');
    }
    const answer = await metricsOf({ token }, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('process_resident_memory_bytes');
  });

  it('is not served at all when off', async () => {
    const answer = await metricsOf('off');
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('process_resident_memory_bytes');
  });
});
