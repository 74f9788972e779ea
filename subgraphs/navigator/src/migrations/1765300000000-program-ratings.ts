import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 part A, «Оценить программу» (seed 002, «ДОГОВОРЫ»): one rating per ended contract, four parameters of the
 * family's satisfaction with the program, each 0–100 %. Written and changed by the holder within a month after the
 * contract ends (the service's check). The program's row is copied from the contract so that the program page's
 * averages are one GROUP BY over this table's index.
 */
export class ProgramRatings1765300000000 implements MigrationInterface {
  name = 'ProgramRatings1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.program_ratings (
        contract_id uuid PRIMARY KEY REFERENCES navigator.contracts (id),
        program_id uuid NOT NULL REFERENCES navigator.programs (id),
        certificate_id uuid NOT NULL,
        content smallint NOT NULL CHECK (content BETWEEN 0 AND 100),
        teacher smallint NOT NULL CHECK (teacher BETWEEN 0 AND 100),
        conditions smallint NOT NULL CHECK (conditions BETWEEN 0 AND 100),
        result smallint NOT NULL CHECK (result BETWEEN 0 AND 100),
        rated_at timestamptz NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX program_ratings_program_idx ON navigator.program_ratings (program_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.program_ratings`);
  }
}
