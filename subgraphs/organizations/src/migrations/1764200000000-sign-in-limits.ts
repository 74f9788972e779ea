import { MigrationInterface, QueryRunner } from 'typeorm';
import { rateLimitTableSql } from '@pfdo/platform';

/**
 * The counters of failed sign-ins (per login, per client IP) and of a login's locks, kept by
 * rate-limiter-flexible. They live in the database, not in a process, so that a lock holds across a
 * restart and across several processes of this subgraph.
 */
export class SignInLimits1764200000000 implements MigrationInterface {
  name = 'SignInLimits1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of rateLimitTableSql('organizations', 'sign_in_limits')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.sign_in_limits`);
  }
}
