import { MigrationInterface, QueryRunner } from 'typeorm';
import { inboxTableSql } from '@pfdo/platform';

export class Inbox1764100000000 implements MigrationInterface {
  name = 'Inbox1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of inboxTableSql('organizations')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.inbox`);
  }
}
