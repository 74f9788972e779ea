/** `@pfdo/platform/errors`: the stable error codes, the database-outage answer, masking and the log throttle. */
export * from '../errors';
export * from '../connection-failures';
export * from '../error-masking';
export * from '../log-throttle';
