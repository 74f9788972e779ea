export * from './errors';
export * from './roles';
export * from './partner-scopes';
export * from './events';
export * from './mail-message';
export * from './holder-account-routes';
export * from './routes';
export * from './examples';
