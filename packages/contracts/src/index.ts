export * from './errors';
export * from './roles';
export * from './events';
export * from './routes';
export * from './examples';
