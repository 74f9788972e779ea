import { DataSource } from 'typeorm';
import { AfterResponse, Caller, Identity, PersonalDataReads, ShieldContext } from '@pfdo/platform';
import { writePersonalDataReads } from './audit/audit';
import { createLoaders, Loaders } from './loaders';
import type { CertificatesRuntime } from './runtime';

export interface CertificatesContext extends ShieldContext, AfterResponse {
  personalDataReads: PersonalDataReads;
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  runtime: CertificatesRuntime;
}

export function createContext(runtime: CertificatesRuntime, caller: Caller): CertificatesContext {
  const personalDataReads = new PersonalDataReads(caller);
  return {
    identity: caller.identity,
    caller,
    loaders: createLoaders(runtime.dataSource),
    dataSource: runtime.dataSource,
    runtime,
    personalDataReads,
    afterResponse: () => writePersonalDataReads(runtime.dataSource.manager, caller, personalDataReads.take()),
  };
}
