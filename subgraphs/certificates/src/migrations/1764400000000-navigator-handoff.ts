import { MigrationInterface, QueryRunner } from 'typeorm';

export class NavigatorHandoff1764400000000 implements MigrationInterface {
  name = 'NavigatorHandoff1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE certificates.applications ADD COLUMN sent_to_navigator_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE certificates.applications DROP COLUMN sent_to_navigator_at`);
  }
}
