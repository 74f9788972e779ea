import { MigrationInterface, QueryRunner } from 'typeorm';
import { inboxTableSql, outboxTableSql } from '@pfdo/platform';

export class Outbox1764100000000 implements MigrationInterface {
  name = 'Outbox1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of [...outboxTableSql('email'), ...inboxTableSql('email')]) await runner.query(sql);
    await runner.query(`
      ALTER TABLE email.email_confirmations
        ADD COLUMN application_number text NOT NULL DEFAULT '',
        ADD COLUMN requested_by_user_id uuid,
        DROP CONSTRAINT email_confirmations_status_check,
        ADD CONSTRAINT email_confirmations_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'SUPERSEDED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE email.email_confirmations
        DROP COLUMN application_number, DROP COLUMN requested_by_user_id,
        DROP CONSTRAINT email_confirmations_status_check,
        ADD CONSTRAINT email_confirmations_status_check CHECK (status IN ('PENDING', 'CONFIRMED'))`);
    await runner.query(`DROP TABLE email.inbox`);
    await runner.query(`DROP TABLE email.outbox`);
  }
}
