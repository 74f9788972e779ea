import { MigrationInterface, QueryRunner } from 'typeorm';
import { OPTIONAL_STATUS_MAIL_KINDS } from '@pfdo/contracts';

/**
 * «Настройка уведомлений»: which optional status e-mails a user turned off (docs/events.md,
 * `application.status-mail-requested`). A user without a row gets them all; mandatory kinds cannot be listed.
 */
export class NotificationPreferences1764900000000 implements MigrationInterface {
  name = 'NotificationPreferences1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    // The kinds as they were when this migration was written: a later optional kind needs a migration of its own.
    const optional = OPTIONAL_STATUS_MAIL_KINDS.map((kind) => `'${kind}'`).join(', ');
    await runner.query(`
      CREATE TABLE email.notification_preferences (
        user_id uuid PRIMARY KEY,
        muted_kinds text[] NOT NULL DEFAULT '{}' CHECK (muted_kinds <@ ARRAY[${optional}]::text[]),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- 'settings' (the cabinet's page) or 'unsubscribe' (the e-mail's link)
        updated_via text NOT NULL CHECK (updated_via IN ('settings', 'unsubscribe'))
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE email.notification_preferences`);
  }
}
