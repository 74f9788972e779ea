import express, { Router } from 'express';
import { callerOf } from '@pfdo/platform';
import { TestClock } from '../cabinet/navigator-clock';
import { ContractScheduleQueue } from './contract-schedule.queue';

export const TEST_CLOCK_PATH = '/internal/test-clock';
export const TEST_SWEEP_PATH = '/internal/test-clock/sweep';

/**
 * Tests only: move the navigator's clock (`PUT {"now": "<ISO 8601>"}`) and run the contract schedule's sweep now
 * (`POST …/sweep`: queued on pg-boss like the cron's, answered once a worker has run it). Served only when
 * NAVIGATOR_CLOCK set a test clock, which production refuses at start; otherwise 404. Like every route, behind
 * the gateway's credential; and only for a service's (never a person's) credential.
 */
export function testClockRoutes(clock: TestClock | null, schedule: ContractScheduleQueue) {
  return (router: Router) => {
    if (!clock) return;
    router.put(TEST_CLOCK_PATH, express.json({ limit: '1kb' }), (request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      const moment = new Date(typeof request.body?.now === 'string' ? request.body.now : Number.NaN);
      if (Number.isNaN(moment.getTime())) {
        response.status(400).json({ error: { code: 'BAD_REQUEST', message: 'now: an ISO 8601 moment' } });
        return;
      }
      clock.set(moment);
      response.json({ now: clock.now().toISOString() });
    });
    router.post(TEST_SWEEP_PATH, async (_request, response) => {
      if (!callerOf(response).service) {
        response.status(403).end();
        return;
      }
      await schedule.runNow();
      response.status(204).end();
    });
  };
}
