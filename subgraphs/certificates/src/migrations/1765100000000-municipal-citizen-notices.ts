import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a municipality tells a parent once his certificate is issued (seed 004, step 11): where and from when to
 * activate it, and the support phones. Set by the municipality's registry operator («Мои параметры»).
 */
export class MunicipalCitizenNotices1765100000000 implements MigrationInterface {
  name = 'MunicipalCitizenNotices1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE certificates.municipal_citizen_notices (
        municipality_id uuid PRIMARY KEY,
        activation_notice text NOT NULL DEFAULT '',
        support_phones text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE certificates.municipal_citizen_notices`);
  }
}
