import type { StackPorts } from '@pfdo/devstack/stack';

/** The test stack runs beside a running `npm start`, on ports of its own. */
export const TEST_PORTS: StackPorts = {
  gateway: 14000,
  certificates: 14001,
  organizations: 14002,
  navigator: 14003,
  email: 14004,
  web: 13000,
  postgres: 15433,
  smtp: 11025,
  mailWeb: 11080,
};

/** The switchable SMTP proxy the services send through in tests, and its control port. */
export const SMTP_SWITCH_PORT = 11026;
export const SMTP_SWITCH_CONTROL_PORT = 11027;
