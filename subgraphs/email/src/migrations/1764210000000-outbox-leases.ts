import { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxLeaseDownSql, outboxLeaseSql } from '@pfdo/platform';

/**
 * The outbox relay claims events (e-mails among them) with a lease instead of holding them in an open
 * transaction while it sends, and an e-mail refused for good is marked dead instead of being retried forever.
 */
export class OutboxLeases1764210000000 implements MigrationInterface {
  name = 'OutboxLeases1764210000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of outboxLeaseSql('email')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of outboxLeaseDownSql('email')) await runner.query(sql);
  }
}
