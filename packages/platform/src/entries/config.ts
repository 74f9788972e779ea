/** `@pfdo/platform/config`: settings from the environment, `runMain`, the gateway secret. */
export * from '../config';
export * from '../gateway-secret';
