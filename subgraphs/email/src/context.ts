import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { DataSource } from 'typeorm';
import { createLoaders, Loaders } from './loaders';

export interface EmailContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
}

export function createContext(dataSource: DataSource, caller: Caller): EmailContext {
  return { identity: caller.identity, caller, loaders: createLoaders(dataSource), dataSource };
}
