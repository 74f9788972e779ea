import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE certificates.children (
        id uuid PRIMARY KEY,
        surname text NOT NULL,
        name text NOT NULL,
        patronymic text NOT NULL DEFAULT '',
        birth_date date NOT NULL,
        municipality_id uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE certificates.child_guardians (
        child_id uuid NOT NULL REFERENCES certificates.children (id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        relation text NOT NULL CHECK (relation IN ('PARENT', 'SELF')),
        PRIMARY KEY (child_id, user_id)
      )`);
    await runner.query(`CREATE INDEX child_guardians_user_idx ON certificates.child_guardians (user_id)`);
    await runner.query(`
      CREATE TABLE certificates.certificate_groups (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL,
        name text NOT NULL,
        min_age int NOT NULL CHECK (min_age >= 0),
        max_age int NOT NULL,
        blocked boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (max_age > min_age)
      )`);
    await runner.query(
      `CREATE INDEX certificate_groups_municipality_idx ON certificates.certificate_groups (municipality_id)`,
    );
    await runner.query(`
      CREATE TABLE certificates.certificates (
        id uuid PRIMARY KEY,
        number text NOT NULL CHECK (number ~ '^[0-9]{10}$'),
        status text NOT NULL CHECK (status IN ('NOT_ACTIVATED', 'ACTIVATED', 'FROZEN', 'CONSENT_WITHDRAWN')),
        municipality_id uuid NOT NULL,
        group_id uuid NOT NULL REFERENCES certificates.certificate_groups (id),
        child_id uuid NOT NULL REFERENCES certificates.children (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX certificates_number_key ON certificates.certificates (number)`);
    await runner.query(`CREATE INDEX certificates_municipality_idx ON certificates.certificates (municipality_id)`);
    // One live certificate per child in the region (docs/domain.md §6.1), enforced by the database itself.
    await runner.query(`
      CREATE UNIQUE INDEX certificates_one_live_per_child ON certificates.certificates (child_id)
      WHERE status IN ('NOT_ACTIVATED', 'ACTIVATED')`);
    await runner.query(`
      CREATE TABLE certificates.applications (
        id uuid PRIMARY KEY,
        number text NOT NULL CHECK (number ~ '^[0-9]{8}$'),
        kind text NOT NULL CHECK (kind IN ('NEW_CERTIFICATE', 'CHANGE_MUNICIPALITY', 'CLARIFY_PERSONAL_DATA', 'CHANGE_GROUP')),
        status text NOT NULL CHECK (status IN ('EMAIL_UNCONFIRMED', 'SUBMITTED', 'DOCUMENTS_RECEIVED', 'CONFIRMED', 'REFUSED')),
        municipality_id uuid NOT NULL,
        child_id uuid NOT NULL REFERENCES certificates.children (id),
        certificate_id uuid REFERENCES certificates.certificates (id),
        received_by_organization_id uuid,
        documents_received_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX applications_number_key ON certificates.applications (number)`);
    await runner.query(
      `CREATE INDEX applications_municipality_created_idx ON certificates.applications (municipality_id, created_at DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE certificates.applications`);
    await runner.query(`DROP TABLE certificates.certificates`);
    await runner.query(`DROP TABLE certificates.certificate_groups`);
    await runner.query(`DROP TABLE certificates.child_guardians`);
    await runner.query(`DROP TABLE certificates.children`);
  }
}
