import type { StackPorts } from '@pfdo/devstack/stack';
import { portsShiftedBy } from '@pfdo/platform/services';

/**
 * Shifts every test port by `PFDO_TEST_PORT_OFFSET` (default 0), so that two checkouts can run their test
 * stacks on one machine at once.
 */
export function shiftedPorts<T extends Record<string, number>>(ports: T): T {
  const offset = Number(process.env.PFDO_TEST_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 1000) {
    throw new Error(
      `PFDO_TEST_PORT_OFFSET must be a whole number from 0 to 1000, got "${process.env.PFDO_TEST_PORT_OFFSET}"`,
    );
  }
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + offset])) as T;
}

/** The test stack runs beside a running `npm start`, on ports of its own: each default port + 10000. */
export const TEST_PORTS: StackPorts = shiftedPorts(portsShiftedBy(10_000));

/** The switchable SMTP proxy the services send through in tests, and its control port. */
export const { SMTP_SWITCH_PORT, SMTP_SWITCH_CONTROL_PORT } = shiftedPorts({
  SMTP_SWITCH_PORT: 11026,
  SMTP_SWITCH_CONTROL_PORT: 11027,
});
