import { DataSource } from 'typeorm';
import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { createLoaders, Loaders } from './loaders';

export interface NavigatorContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
}

export function createContext(dataSource: DataSource, caller: Caller): NavigatorContext {
  return { identity: caller.identity, caller, loaders: createLoaders(dataSource), dataSource };
}
