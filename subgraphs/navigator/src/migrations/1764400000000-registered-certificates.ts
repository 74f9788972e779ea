import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegisteredCertificates1764400000000 implements MigrationInterface {
  name = 'RegisteredCertificates1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.registered_certificates (
        certificate_id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        status text NOT NULL,
        municipality_id uuid NOT NULL,
        group_id uuid NOT NULL,
        group_name text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.registered_certificates`);
  }
}
