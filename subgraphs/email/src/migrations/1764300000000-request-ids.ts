import { MigrationInterface, QueryRunner } from 'typeorm';
import { requestIdColumnsDownSql, requestIdColumnsSql } from '@pfdo/platform';

/**
 * The outbox and inbox keep the id of the request that caused each event, so that its effects delivered later
 * (an e-mail, a cabinet) can be found in the logs of the request that caused them.
 */
export class RequestIds1764300000000 implements MigrationInterface {
  name = 'RequestIds1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of requestIdColumnsSql('email', ['outbox', 'inbox'])) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of requestIdColumnsDownSql('email', ['outbox', 'inbox'])) await runner.query(sql);
  }
}
