import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 part C, «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» (seed 002 §8).
 * - The holder's settings: the legal representative (name, phone) and the convenient address for lessons with
 *   its point (no geocoding here: the point is a place of study the holder picks, or a point from the map; see
 *   docs/decisions), and the consent to the rules of personal-data processing with the rules' version and time.
 *   No row is «nothing entered».
 * - «Справка о посещении кружков»: each issued certificate of attendance, what its paper says (certificate
 *   number and the current enrollments, frozen at issue), and the hash of its verification code (the code itself
 *   is printed on the paper and in its QR only). Issuing a new one revokes the ones before.
 */
export class HolderSettings1765410000000 implements MigrationInterface {
  name = 'HolderSettings1765410000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.holder_settings (
        certificate_id uuid PRIMARY KEY REFERENCES navigator.registered_certificates (certificate_id),
        representative_name text NOT NULL DEFAULT '' CHECK (length(representative_name) <= 300),
        representative_phone text NOT NULL DEFAULT '' CHECK (length(representative_phone) <= 30),
        address text NOT NULL DEFAULT '' CHECK (length(address) <= 500),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        pd_rules_version text CHECK (length(pd_rules_version) BETWEEN 1 AND 50),
        pd_consent_at timestamptz,
        updated_at timestamptz NOT NULL,
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        CHECK ((pd_rules_version IS NULL) = (pd_consent_at IS NULL))
      )`);
    await runner.query(`
      CREATE TABLE navigator.attendance_certificates (
        id uuid PRIMARY KEY,
        certificate_id uuid NOT NULL REFERENCES navigator.registered_certificates (certificate_id),
        code_hash bytea NOT NULL UNIQUE CHECK (length(code_hash) = 32),
        certificate_number text NOT NULL,
        enrollments jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(
      `CREATE INDEX attendance_certificates_live_idx ON navigator.attendance_certificates (certificate_id)
        WHERE revoked_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.attendance_certificates`);
    await runner.query(`DROP TABLE navigator.holder_settings`);
  }
}
