import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register's search by the child's name, counted, at a million applications (README, «Load data and
 * the register benchmark»). EXPLAIN ANALYZE showed a count of a surname's applications reading the heap of
 * every matching child (the surname index held no id: ~12 000 pages for 25 000 children spread over the
 * table) and then the whole applications table in a sequential scan for the municipality (~40 000 pages,
 * growing with the table). With the child's id and surname in the surname index, and the municipality beside
 * the child in an index of applications, the count is two index-only scans joined row by row, which stops
 * at the register's count limit however large the table grows.
 */
export class RegisterSearchIndexes1764890000000 implements MigrationInterface {
  name = 'RegisterSearchIndexes1764890000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX certificates.children_surname_idx`);
    // surname itself too: PostgreSQL answers lower(surname) LIKE … from an index only if the column is in it.
    await runner.query(
      `CREATE INDEX children_surname_idx ON certificates.children (lower(surname) text_pattern_ops) INCLUDE (id, surname)`,
    );
    await runner.query(
      `CREATE INDEX applications_child_municipality_idx ON certificates.applications (child_id, municipality_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX certificates.applications_child_municipality_idx`);
    await runner.query(`DROP INDEX certificates.children_surname_idx`);
    await runner.query(`CREATE INDEX children_surname_idx ON certificates.children (lower(surname) text_pattern_ops)`);
  }
}
