/** `@pfdo/platform/credential`: who is calling and how the gateway vouches for it; loads `jose` only. */
export * from '../credential';
export * from '../identity';
export * from '../session-protocol';
export * from '../ids';
