import { createDataSource, DatabaseOptions } from '@pfdo/platform';
import { EmailConfirmationEntity } from './confirmations/email-confirmation.entity';
import { Initial1764000000000 } from './migrations/1764000000000-initial';
import { Outbox1764100000000 } from './migrations/1764100000000-outbox';
import { OutboxLeases1764210000000 } from './migrations/1764210000000-outbox-leases';
import { RequestIds1764300000000 } from './migrations/1764300000000-request-ids';
import { NotificationPreferences1764900000000 } from './migrations/1764900000000-notification-preferences';
import { HolderEmail1765420000000 } from './migrations/1765420000000-holder-email';
import { NotificationPreferenceEntity } from './notifications/notification-preference.entity';

export const SCHEMA = 'email';

export function createEmailDataSource(url: string, options: DatabaseOptions = {}) {
  return createDataSource({
    ...options,
    schema: SCHEMA,
    url,
    entities: [EmailConfirmationEntity, NotificationPreferenceEntity],
    migrations: [
      Initial1764000000000,
      Outbox1764100000000,
      OutboxLeases1764210000000,
      RequestIds1764300000000,
      NotificationPreferences1764900000000,
      HolderEmail1765420000000,
    ],
  });
}
