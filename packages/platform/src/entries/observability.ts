/** `@pfdo/platform/observability`: the logger, the request id and its scope, request logs, metrics, health. */
export * from '../logger';
export * from '../request-scope';
export * from '../request-log';
export * from '../metrics';
export * from '../health';
