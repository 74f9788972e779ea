import { DataSource } from 'typeorm';
import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { createLoaders, Loaders } from './loaders';

export interface NavigatorContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  /** «Now» for the certificate's money (NAVIGATOR_CLOCK in tests). */
  now: () => Date;
}

export function createContext(
  dataSource: DataSource,
  caller: Caller,
  now: () => Date = () => new Date(),
): NavigatorContext {
  return { identity: caller.identity, caller, loaders: createLoaders(dataSource, now), dataSource, now };
}
