import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import { SessionService } from './auth/session.service';
import { SignInThrottle } from './auth/sign-in-throttle';
import { createLoaders, Loaders } from './loaders';
import { ApiKeySecrets } from './partners/api-key-secret';
import { OrganizationsRuntime } from './runtime';

export interface OrganizationsContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  sessions: SessionService;
  signInThrottle: SignInThrottle;
  apiKeySecrets: ApiKeySecrets;
  response: Response;
}

export function createContext(runtime: OrganizationsRuntime, caller: Caller, response: Response): OrganizationsContext {
  const { dataSource, signInThrottle, apiKeySecrets } = runtime;
  return {
    identity: caller.identity,
    caller,
    loaders: createLoaders(dataSource),
    dataSource,
    sessions: new SessionService(dataSource),
    signInThrottle,
    apiKeySecrets,
    response,
  };
}
