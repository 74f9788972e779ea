import { EnvReader } from '@pfdo/platform';

/** Sign-in protection (README, «Real servers»): failures counted per login and per client IP. */
export interface OrganizationsConfig {
  /** Failed sign-ins of one login within the window before it is locked. */
  loginFailuresPerLogin: number;
  /** Failed sign-ins from one client IP within the window before the address is refused. */
  loginFailuresPerIp: number;
  loginFailureWindowMinutes: number;
  /** The first lock of a login; each further lock within a day doubles it, up to a day. */
  loginLockMinutes: number;
  passwordHashConcurrency: number;
  passwordHashQueue: number;
  passwordHashQueuePerIp: number;
  passwordHashMaxWaitMs: number;
}

export function readOrganizationsConfig(reader: EnvReader): OrganizationsConfig {
  return {
    loginFailuresPerLogin: reader.positiveInteger('LOGIN_FAILURES_PER_LOGIN', 10),
    loginFailuresPerIp: reader.positiveInteger('LOGIN_FAILURES_PER_IP', 100),
    loginFailureWindowMinutes: reader.positiveInteger('LOGIN_FAILURE_WINDOW_MINUTES', 15),
    loginLockMinutes: reader.positiveInteger('LOGIN_LOCK_MINUTES', 15),
    passwordHashConcurrency: reader.positiveInteger('PASSWORD_HASH_CONCURRENCY', 2),
    passwordHashQueue: reader.positiveInteger('PASSWORD_HASH_QUEUE', 32),
    passwordHashQueuePerIp: reader.positiveInteger('PASSWORD_HASH_QUEUE_PER_IP', 8),
    // Below the gateway's SUBGRAPH_TIMEOUT_MS (10 s), with room for the check itself and the sign-in's queries.
    passwordHashMaxWaitMs: reader.positiveInteger('PASSWORD_HASH_MAX_WAIT_MS', 6_000),
  };
}
