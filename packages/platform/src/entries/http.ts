/** `@pfdo/platform/http`: Express's JSON error and not-found answers, keep-alive settings, the busy guard. */
export * from '../http-server';
export * from '../keep-alive';
export * from '../busy';
