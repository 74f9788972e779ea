import { MigrationInterface, QueryRunner } from 'typeorm';
import { rateLimitTableSql } from '@pfdo/platform';

/**
 * Each account's daily allowance of «ПОРТФОЛИО» files (count and volume), kept by rate-limiter-flexible in the
 * database so that it holds across restarts and several processes of this subgraph.
 */
export class PortfolioUploadQuotas1765360000000 implements MigrationInterface {
  name = 'PortfolioUploadQuotas1765360000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of rateLimitTableSql('navigator', 'upload_quotas')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.upload_quotas`);
  }
}
