import { Counter } from 'prom-client';
import { metricsRegistry } from '@pfdo/platform';

/**
 * Failed sign-ins, by why: a wrong login or password, or an attempt refused by the limits (RATE_LIMITED).
 * A rise of the first is someone guessing; of the second, the limits at work.
 */
export const signInFailures = new Counter({
  name: 'pfdo_sign_in_failures_total',
  help: 'Failed sign-ins, by reason (invalid_credentials, rate_limited)',
  labelNames: ['reason'],
  registers: [metricsRegistry],
});
