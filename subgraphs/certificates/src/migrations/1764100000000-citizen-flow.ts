import { MigrationInterface, QueryRunner } from 'typeorm';
import { inboxTableSql, outboxTableSql } from '@pfdo/platform';

export class CitizenFlow1764100000000 implements MigrationInterface {
  name = 'CitizenFlow1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE certificates.document_scans (
        id uuid PRIMARY KEY,
        uploaded_by_user_id uuid NOT NULL,
        storage_key text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif')),
        size_bytes int NOT NULL,
        original_name text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE certificates.child_documents (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES certificates.children (id),
        type text NOT NULL CHECK (type IN ('BIRTH_CERTIFICATE', 'PASSPORT', 'OTHER')),
        series text NOT NULL,
        number text NOT NULL,
        issue_date date NOT NULL,
        issued_by text NOT NULL,
        comment text NOT NULL DEFAULT '',
        scan_id uuid REFERENCES certificates.document_scans (id),
        created_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX child_documents_child_idx ON certificates.child_documents (child_id)`);
    // The duplicate check and the operators' search look documents up by type, series and number.
    await runner.query(
      `CREATE INDEX child_documents_identity_idx ON certificates.child_documents (type, series, number)`,
    );
    await runner.query(
      `CREATE INDEX children_identity_idx ON certificates.children (lower(surname), lower(name), lower(patronymic), birth_date)`,
    );

    await runner.query(`
      ALTER TABLE certificates.applications
        ADD COLUMN applicant_user_id uuid,
        ADD COLUMN applicant_name text NOT NULL DEFAULT '',
        ADD COLUMN applicant_email text,
        ADD COLUMN applicant_is_child boolean NOT NULL DEFAULT false,
        ADD COLUMN document_id uuid REFERENCES certificates.child_documents (id),
        ADD COLUMN group_id uuid REFERENCES certificates.certificate_groups (id),
        ADD COLUMN email_confirmed_at timestamptz`);
    await runner.query(`CREATE INDEX applications_applicant_idx ON certificates.applications (applicant_user_id)`);
    await runner.query(`CREATE INDEX applications_child_idx ON certificates.applications (child_id, created_at DESC)`);
    // One open application for a new certificate per child: two concurrent submissions make one.
    await runner.query(`
      CREATE UNIQUE INDEX applications_one_open_per_child ON certificates.applications (child_id)
      WHERE kind = 'NEW_CERTIFICATE' AND status IN ('EMAIL_UNCONFIRMED', 'SUBMITTED', 'DOCUMENTS_RECEIVED') AND certificate_id IS NULL`);
    await runner.query(`
      ALTER TABLE certificates.certificates
        ADD COLUMN application_id uuid REFERENCES certificates.applications (id),
        ADD COLUMN document_id uuid REFERENCES certificates.child_documents (id)`);

    await runner.query(`
      CREATE TABLE certificates.audit_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_role text,
        actor_organization_id uuid,
        actor_service text,
        client_ip text NOT NULL DEFAULT '',
        action text NOT NULL,
        subject_id uuid NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await runner.query(`CREATE INDEX audit_events_subject_idx ON certificates.audit_events (subject_id, occurred_at)`);
    for (const sql of [...outboxTableSql('certificates'), ...inboxTableSql('certificates')]) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE certificates.inbox`);
    await runner.query(`DROP TABLE certificates.outbox`);
    await runner.query(`DROP TABLE certificates.audit_events`);
    await runner.query(`ALTER TABLE certificates.certificates DROP COLUMN application_id, DROP COLUMN document_id`);
    await runner.query(`DROP INDEX certificates.applications_one_open_per_child`);
    await runner.query(`
      ALTER TABLE certificates.applications
        DROP COLUMN applicant_user_id, DROP COLUMN applicant_name, DROP COLUMN applicant_email,
        DROP COLUMN applicant_is_child, DROP COLUMN document_id, DROP COLUMN group_id, DROP COLUMN email_confirmed_at`);
    await runner.query(`DROP INDEX certificates.children_identity_idx`);
    await runner.query(`DROP TABLE certificates.child_documents`);
    await runner.query(`DROP TABLE certificates.document_scans`);
  }
}
