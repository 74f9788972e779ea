import { DataSource } from 'typeorm';
import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { createLoaders, Loaders } from './loaders';
import type { EmailRuntime } from './runtime';

export interface EmailContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  runtime: EmailRuntime;
}

export function createContext(runtime: EmailRuntime, caller: Caller): EmailContext {
  return {
    identity: caller.identity,
    caller,
    loaders: createLoaders(runtime.dataSource),
    dataSource: runtime.dataSource,
    runtime,
  };
}
