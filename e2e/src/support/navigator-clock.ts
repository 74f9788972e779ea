import { randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, mintCredential } from '@pfdo/platform';
import { E2E_PORTS, RunningApp } from './app';

/**
 * The navigator's test clock (NAVIGATOR_CLOCK set for the stack) and its contract schedule, driven from a browser
 * test: the navigator's internal routes, signed as a service with the stack's own gateway secret.
 */
async function navigatorInternal(app: RunningApp, method: 'PUT' | 'POST', path: string, body?: unknown) {
  const credential = await mintCredential(
    { identity: null, clientIp: '127.0.0.1', requestId: randomUUID(), sessionId: null, service: 'e2e' },
    app.gatewaySecret,
  );
  const response = await fetch(`http://127.0.0.1:${E2E_PORTS.navigator}${path}`, {
    method,
    headers: { [CREDENTIAL_HEADER]: credential, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
}

/** Moves the navigator's «now» to `moment` (ISO 8601). */
export const setNavigatorClock = (app: RunningApp, moment: string) =>
  navigatorInternal(app, 'PUT', '/internal/test-clock', { now: moment });

/** Runs the contract schedule's sweep now: the pg-boss job the cron sends, answered once it has run. */
export const runContractSweep = (app: RunningApp) => navigatorInternal(app, 'POST', '/internal/test-clock/sweep');
