import { Caller, Identity, ShieldContext } from '@pfdo/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { createLoaders, Loaders } from './loaders';
import { SessionService } from './auth/session.service';

export interface OrganizationsContext extends ShieldContext {
  identity: Identity | null;
  caller: Caller;
  loaders: Loaders;
  dataSource: DataSource;
  sessions: SessionService;
  response: Response;
}

export function createContext(dataSource: DataSource, caller: Caller, response: Response): OrganizationsContext {
  return {
    identity: caller.identity,
    caller,
    loaders: createLoaders(dataSource),
    dataSource,
    sessions: new SessionService(dataSource),
    response,
  };
}
