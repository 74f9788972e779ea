import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.programs (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        title text NOT NULL,
        registry text NOT NULL CHECK (registry IN ('CERTIFIED', 'SIGNIFICANT', 'PAID', 'GENERAL')),
        age_from int NOT NULL,
        age_to int NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (age_to >= age_from)
      )`);
    await runner.query(`CREATE INDEX programs_organization_idx ON navigator.programs (organization_id)`);
    await runner.query(`CREATE INDEX programs_registry_title_idx ON navigator.programs (registry, title)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.programs`);
  }
}
