/** `@pfdo/platform/limits`: rate-limiter-flexible's PostgreSQL store, for the gateway's partner limits. */
export * from '../rate-limit';
export { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
export type { RateLimiterAbstract } from 'rate-limiter-flexible';
