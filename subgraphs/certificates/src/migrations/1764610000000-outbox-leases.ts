import { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxLeaseDownSql, outboxLeaseSql } from '@pfdo/platform';

/**
 * The outbox relay claims events with a lease instead of holding them in an open transaction while it
 * delivers, and an event refused for good is marked dead instead of being retried forever.
 */
export class OutboxLeases1764610000000 implements MigrationInterface {
  name = 'OutboxLeases1764610000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of outboxLeaseSql('certificates')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of outboxLeaseDownSql('certificates')) await runner.query(sql);
  }
}
