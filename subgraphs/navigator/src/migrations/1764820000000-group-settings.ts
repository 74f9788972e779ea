import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each municipality's certificate group settings («Настройка сертификатов» of the navigator's cabinet, seed 001):
 * what the registry imports as its groups («Импорт из PFDO»). Money in kopecks (docs/domain.md §6a).
 */
export class GroupSettings1764820000000 implements MigrationInterface {
  name = 'GroupSettings1764820000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.group_settings (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
        nominal_kopecks bigint NOT NULL CHECK (nominal_kopecks >= 0),
        min_age int NOT NULL CHECK (min_age >= 0),
        max_age int NOT NULL CHECK (max_age > min_age AND max_age <= 25),
        significant_programs int NOT NULL DEFAULT 0 CHECK (significant_programs >= 0),
        general_programs int NOT NULL DEFAULT 0 CHECK (general_programs >= 0),
        pre_professional_programs int NOT NULL DEFAULT 0 CHECK (pre_professional_programs >= 0),
        municipality_limit_kopecks bigint NOT NULL CHECK (municipality_limit_kopecks >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX group_settings_municipality_name_idx ON navigator.group_settings (municipality_id, name)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.group_settings`);
  }
}
