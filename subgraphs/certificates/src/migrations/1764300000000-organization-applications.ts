import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationApplications1764300000000 implements MigrationInterface {
  name = 'OrganizationApplications1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE certificates.applications
        ADD COLUMN source_municipality_id uuid,
        ADD COLUMN requested_changes jsonb,
        ADD COLUMN created_by_organization_id uuid,
        ADD COLUMN applicant_phone text`);
    // The old municipality sees a change-of-municipality application as outgoing.
    await runner.query(
      `CREATE INDEX applications_source_municipality_idx ON certificates.applications (source_municipality_id, created_at DESC)
       WHERE source_municipality_id IS NOT NULL`,
    );
    await runner.query(`CREATE INDEX applications_certificate_idx ON certificates.applications (certificate_id)`);
    // One open application of each kind of change per certificate.
    await runner.query(`
      CREATE UNIQUE INDEX applications_one_open_change_per_certificate ON certificates.applications (certificate_id, kind)
      WHERE kind <> 'NEW_CERTIFICATE' AND status IN ('SUBMITTED', 'DOCUMENTS_RECEIVED')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX certificates.applications_one_open_change_per_certificate`);
    await runner.query(`DROP INDEX certificates.applications_certificate_idx`);
    await runner.query(`DROP INDEX certificates.applications_source_municipality_idx`);
    await runner.query(`
      ALTER TABLE certificates.applications
        DROP COLUMN source_municipality_id, DROP COLUMN requested_changes,
        DROP COLUMN created_by_organization_id, DROP COLUMN applicant_phone`);
  }
}
