import { ServiceConfig, SubgraphRuntime } from '@pfdo/platform';
import { DataSource } from 'typeorm';
import { SignInThrottle } from './auth/sign-in-throttle';
import { OrganizationsConfig } from './config';

/** What this subgraph's requests share: the database, and the sign-in throttle with its hashing queue. */
export class OrganizationsRuntime implements SubgraphRuntime {
  readonly signInThrottle: SignInThrottle;

  constructor(
    readonly dataSource: DataSource,
    config: ServiceConfig & OrganizationsConfig,
  ) {
    this.signInThrottle = new SignInThrottle(dataSource, config);
  }
}
