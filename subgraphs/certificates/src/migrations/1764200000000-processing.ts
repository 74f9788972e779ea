import { MigrationInterface, QueryRunner } from 'typeorm';

export class Processing1764200000000 implements MigrationInterface {
  name = 'Processing1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE certificates.applications
        ADD COLUMN refusal_reason text,
        ADD COLUMN processed_at timestamptz,
        ADD COLUMN processed_by_user_id uuid`);
    await runner.query(`ALTER TABLE certificates.audit_events ADD COLUMN actor_name text NOT NULL DEFAULT ''`);
    // Who entered a document: a reception organization without the personal-data right sees in full only its own.
    await runner.query(`ALTER TABLE certificates.child_documents ADD COLUMN created_by_organization_id uuid`);
    await runner.query(`
      ALTER TABLE certificates.certificates
        DROP CONSTRAINT certificates_status_check,
        ADD CONSTRAINT certificates_status_check
          CHECK (status IN ('NOT_ACTIVATED', 'ACTIVATED', 'FROZEN', 'CONSENT_WITHDRAWN', 'ANNULLED'))`);
    // The register's search: by name (prefix, case-insensitive) and by birth date.
    await runner.query(`CREATE INDEX children_surname_idx ON certificates.children (lower(surname) text_pattern_ops)`);
    await runner.query(`CREATE INDEX children_birth_date_idx ON certificates.children (birth_date)`);
    await runner.query(`CREATE INDEX certificates_child_idx ON certificates.certificates (child_id)`);
    // Search by series and number, with or without the type (docs/domain.md §5: the registry operator's manual
    // calls it «наиболее эффективный способ поиска»).
    await runner.query(
      `CREATE INDEX child_documents_series_number_idx ON certificates.child_documents (series, number)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX certificates.child_documents_series_number_idx`);
    await runner.query(`DROP INDEX certificates.certificates_child_idx`);
    await runner.query(`DROP INDEX certificates.children_birth_date_idx`);
    await runner.query(`DROP INDEX certificates.children_surname_idx`);
    await runner.query(`
      ALTER TABLE certificates.certificates
        DROP CONSTRAINT certificates_status_check,
        ADD CONSTRAINT certificates_status_check CHECK (status IN ('NOT_ACTIVATED', 'ACTIVATED', 'FROZEN', 'CONSENT_WITHDRAWN'))`);
    await runner.query(`ALTER TABLE certificates.child_documents DROP COLUMN created_by_organization_id`);
    await runner.query(`ALTER TABLE certificates.audit_events DROP COLUMN actor_name`);
    await runner.query(
      `ALTER TABLE certificates.applications DROP COLUMN refusal_reason, DROP COLUMN processed_at, DROP COLUMN processed_by_user_id`,
    );
  }
}
