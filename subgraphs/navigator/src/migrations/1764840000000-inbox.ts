import { MigrationInterface, QueryRunner } from 'typeorm';
import { inboxTableSql, requestIdColumnsDownSql, requestIdColumnsSql } from '@pfdo/platform';

/** The navigator receives events (`certificate.status-changed`): its inbox, as every receiver's. */
export class Inbox1764840000000 implements MigrationInterface {
  name = 'Inbox1764840000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of inboxTableSql('navigator')) await runner.query(sql);
    for (const sql of requestIdColumnsSql('navigator', ['inbox'])) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of requestIdColumnsDownSql('navigator', ['inbox'])) await runner.query(sql);
    await runner.query(`DROP TABLE navigator.inbox`);
  }
}
