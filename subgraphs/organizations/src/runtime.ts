import { DataSource } from 'typeorm';
import { ServiceConfig, SubgraphDatabases, SubgraphRuntime } from '@pfdo/platform';
import { SignInThrottle } from './auth/sign-in-throttle';
import { OrganizationsConfig } from './config';
import { ApiKeySecrets } from './partners/api-key-secret';

/** What this subgraph's requests share: the database, and the sign-in throttle with its hashing queue. */
export class OrganizationsRuntime implements SubgraphRuntime {
  readonly dataSource: DataSource;
  /** The inbox's pool (certificate.issued creates the navigator cabinet). */
  readonly background: DataSource;
  readonly signInThrottle: SignInThrottle;
  /** Partners' API keys are hashed with a key derived from the gateway secret (api-key-secret.ts). */
  readonly apiKeySecrets: ApiKeySecrets;

  constructor(databases: SubgraphDatabases, config: ServiceConfig & OrganizationsConfig) {
    this.dataSource = databases.requests;
    this.background = databases.background;
    this.signInThrottle = new SignInThrottle(this.dataSource, config);
    this.apiKeySecrets = new ApiKeySecrets(config.gatewaySecret);
  }
}
