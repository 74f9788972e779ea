import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The navigator's catalogue (issue 12, «НАВИГАТОР»): the provider cards (the navigator's own copy of what the
 * catalogue shows of an education provider, keyed by the organization's id; it never reads the organizations
 * schema), their places of study, the programs' content and the providers' groups of each program. Money in
 * integer kopecks. Search as you type is a substring match over lower(title) / lower(name), served by trigram
 * indexes (pg_trgm, installed into this schema).
 */
export class Catalogue1765000000000 implements MigrationInterface {
  name = 'Catalogue1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA navigator`);
    await runner.query(`
      CREATE TABLE navigator.provider_cards (
        organization_id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
        address text NOT NULL DEFAULT '' CHECK (length(address) <= 500),
        phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 100),
        site text NOT NULL DEFAULT '' CHECK (length(site) <= 300),
        municipality_id uuid NOT NULL,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX provider_cards_name_trgm_idx ON navigator.provider_cards USING gin (lower(name) navigator.gin_trgm_ops)`,
    );
    await runner.query(`CREATE INDEX provider_cards_name_idx ON navigator.provider_cards (name, organization_id)`);
    await runner.query(
      `CREATE INDEX provider_cards_municipality_name_idx ON navigator.provider_cards (municipality_id, name, organization_id)`,
    );
    await runner.query(`
      CREATE TABLE navigator.places_of_study (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES navigator.provider_cards (organization_id),
        name text NOT NULL DEFAULT '' CHECK (length(name) <= 500),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
      )`);
    await runner.query(`CREATE INDEX places_of_study_organization_idx ON navigator.places_of_study (organization_id)`);

    await runner.query(`
      ALTER TABLE navigator.programs
        ADD COLUMN content text NOT NULL DEFAULT '' CHECK (length(content) <= 20000),
        ADD COLUMN form_of_study text NOT NULL DEFAULT 'FULL_TIME'
          CHECK (form_of_study IN ('FULL_TIME', 'PART_TIME', 'EXTRAMURAL', 'DISTANCE')),
        ADD COLUMN duration_months int NOT NULL DEFAULT 9 CHECK (duration_months BETWEEN 1 AND 120),
        ADD COLUMN hours_total int NOT NULL DEFAULT 0 CHECK (hours_total >= 0),
        ADD COLUMN price_kopecks bigint CHECK (price_kopecks BETWEEN 0 AND 100000000),
        ADD CONSTRAINT programs_price_of_paid CHECK (
          (registry IN ('CERTIFIED', 'PAID')) = (price_kopecks IS NOT NULL))
          NOT VALID`);
    await runner.query(
      `CREATE INDEX programs_title_trgm_idx ON navigator.programs USING gin (lower(title) navigator.gin_trgm_ops)`,
    );
    await runner.query(`CREATE INDEX programs_title_idx ON navigator.programs (title, id)`);
    await runner.query(
      `CREATE INDEX programs_municipality_title_idx ON navigator.programs (municipality_id, title, id)`,
    );

    await runner.query(`
      CREATE TABLE navigator.program_groups (
        id uuid PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES navigator.programs (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        schedule jsonb NOT NULL DEFAULT '[]',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        places_total int NOT NULL CHECK (places_total BETWEEN 1 AND 1000),
        places_taken int NOT NULL DEFAULT 0 CHECK (places_taken >= 0),
        place_id uuid REFERENCES navigator.places_of_study (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        CHECK (places_taken <= places_total)
      )`);
    await runner.query(
      `CREATE INDEX program_groups_program_idx ON navigator.program_groups (program_id, starts_on, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.program_groups`);
    await runner.query(`DROP INDEX navigator.programs_title_trgm_idx`);
    await runner.query(`DROP INDEX navigator.programs_title_idx`);
    await runner.query(`DROP INDEX navigator.programs_municipality_title_idx`);
    await runner.query(`
      ALTER TABLE navigator.programs DROP CONSTRAINT programs_price_of_paid,
        DROP COLUMN content, DROP COLUMN form_of_study, DROP COLUMN duration_months, DROP COLUMN hours_total,
        DROP COLUMN price_kopecks`);
    await runner.query(`DROP TABLE navigator.places_of_study`);
    await runner.query(`DROP TABLE navigator.provider_cards`);
  }
}
