import { createDataSource, DatabaseOptions } from '@pfdo/platform';
import { AccountLinkEntity } from './account-links/account-link.entity';
import { SessionEntity } from './auth/session.entity';
import { Initial1764000000000 } from './migrations/1764000000000-initial';
import { Inbox1764100000000 } from './migrations/1764100000000-inbox';
import { SignInLimits1764200000000 } from './migrations/1764200000000-sign-in-limits';
import { SessionNotifications1764250000000 } from './migrations/1764250000000-session-notifications';
import { RequestIds1764300000000 } from './migrations/1764300000000-request-ids';
import { StaffAccounts1764810000000 } from './migrations/1764810000000-staff-accounts';
import { ApiKeys1764900000000 } from './migrations/1764900000000-api-keys';
import { ApiKeyOrganizationsAndOperations1765100000000 } from './migrations/1765100000000-api-key-organizations-and-operations';
import { AccountLinksAndTheme1765450000000 } from './migrations/1765450000000-account-links-and-theme';
import { MunicipalityEntity } from './municipalities/municipality.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { ApiKeyOperationEntity } from './partners/api-key-operation.entity';
import { ApiKeyEntity } from './partners/api-key.entity';
import { UserEntity } from './users/user.entity';

export const SCHEMA = 'organizations';

export function createOrganizationsDataSource(url: string, options: DatabaseOptions = {}) {
  return createDataSource({
    ...options,
    schema: SCHEMA,
    url,
    entities: [
      MunicipalityEntity,
      OrganizationEntity,
      UserEntity,
      SessionEntity,
      ApiKeyEntity,
      ApiKeyOperationEntity,
      AccountLinkEntity,
    ],
    migrations: [
      Initial1764000000000,
      Inbox1764100000000,
      SignInLimits1764200000000,
      SessionNotifications1764250000000,
      RequestIds1764300000000,
      StaffAccounts1764810000000,
      ApiKeys1764900000000,
      ApiKeyOrganizationsAndOperations1765100000000,
      AccountLinksAndTheme1765450000000,
    ],
  });
}
