import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { DataSource } from 'typeorm';
import { createLoaders, Loaders } from './loaders';
import type { CertificatesRuntime } from './runtime';

export interface CertificatesContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  runtime: CertificatesRuntime;
}

export function createContext(runtime: CertificatesRuntime, caller: Caller): CertificatesContext {
  return {
    identity: caller.identity,
    caller,
    loaders: createLoaders(runtime.dataSource),
    dataSource: runtime.dataSource,
    runtime,
  };
}
