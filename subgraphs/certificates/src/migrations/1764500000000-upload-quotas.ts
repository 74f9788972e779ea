import { MigrationInterface, QueryRunner } from 'typeorm';
import { rateLimitTableSql } from '@pfdo/platform';

/**
 * Each account's daily allowance of document scans (count and volume), kept by rate-limiter-flexible in
 * the database so that it holds across restarts and across several processes of this subgraph.
 */
export class UploadQuotas1764500000000 implements MigrationInterface {
  name = 'UploadQuotas1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of rateLimitTableSql('certificates', 'upload_quotas')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE certificates.upload_quotas`);
  }
}
