import 'reflect-metadata';

export * from './config';
export * from './credential';
export * from './database';
export * from './errors';
export * from './federation';
export * from './identity';
export * from './loaders';
export * from './shield';
export * from './subgraph-server';
export * from './demo';
export * from './session-protocol';
export * from './ids';
export * from './service-main';
export * from './error-masking';
export * from './outbox';
export * from './events';
export * from './password';
