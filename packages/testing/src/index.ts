export * from './client';
export * from './database';
export * from './ports';
export * from './mail';
export * from './images';
export * from './arrange';
export * from './eventually';
export * from './smtp-switch';
