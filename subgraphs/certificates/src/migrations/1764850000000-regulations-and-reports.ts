import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Мои параметры»: each municipality's «Положение о персонифицированном дополнительном образовании», every
 * uploaded version kept (the newest is the current one), and the excerpt the certificate cabinet shows.
 * «Отчеты»: the counts by period are `GROUP BY`s over a range of `created_at`, for one municipality or the
 * region, so both tables get an index that starts (or only is) the creation time.
 */
export class RegulationsAndReports1764850000000 implements MigrationInterface {
  name = 'RegulationsAndReports1764850000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE certificates.municipal_regulations (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL,
        storage_key text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        original_name text NOT NULL DEFAULT '',
        uploaded_by_user_id uuid NOT NULL,
        uploaded_by_name text NOT NULL DEFAULT '',
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX municipal_regulations_municipality_idx ON certificates.municipal_regulations (municipality_id, uploaded_at DESC, id DESC)`,
    );
    await runner.query(`
      CREATE TABLE certificates.municipal_regulation_excerpts (
        municipality_id uuid PRIMARY KEY,
        excerpt text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX certificates_municipality_created_idx ON certificates.certificates (municipality_id, created_at)`,
    );
    await runner.query(`CREATE INDEX certificates_created_idx ON certificates.certificates (created_at)`);
    await runner.query(`CREATE INDEX applications_created_idx ON certificates.applications (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX certificates.applications_created_idx`);
    await runner.query(`DROP INDEX certificates.certificates_created_idx`);
    await runner.query(`DROP INDEX certificates.certificates_municipality_created_idx`);
    await runner.query(`DROP TABLE certificates.municipal_regulation_excerpts`);
    await runner.query(`DROP TABLE certificates.municipal_regulations`);
  }
}
