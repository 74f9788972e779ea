import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certificate register («Сертификаты ПФ», «Сертификаты учета», «Замороженные сертификаты»): each
 * certificate's type, and the indexes that give every tab its page in number order at a million
 * certificates. A tab is a partial index (its status, and for the two live tabs its type) led by the
 * municipality for a municipal operator, and one without it for the regional operator, so that a page is
 * an index range read of `first + 1` entries whatever the table's size. Adding a column with a constant
 * default rewrites nothing (PostgreSQL 11+). Each index carries the child's id, so that a search by a common
 * name filters a tab's entries without reading the table. A search by the child's name finds the children first
 * (children_surname_idx), then their certificates (certificates_child_idx), both of migration 1764200000000.
 */
export class CertificateRegister1764830000000 implements MigrationInterface {
  name = 'CertificateRegister1764830000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE certificates.certificates
        ADD COLUMN certificate_type text NOT NULL DEFAULT 'ACCOUNTING'
          CONSTRAINT certificates_certificate_type_check CHECK (certificate_type IN ('FUNDED', 'ACCOUNTING'))`);
    await runner.query(`
      CREATE INDEX certificates_register_municipal_idx ON certificates.certificates (municipality_id, certificate_type, number)
        INCLUDE (child_id) WHERE status = 'ACTIVATED'`);
    await runner.query(`
      CREATE INDEX certificates_register_region_idx ON certificates.certificates (certificate_type, number)
        INCLUDE (child_id) WHERE status = 'ACTIVATED'`);
    await runner.query(`
      CREATE INDEX certificates_frozen_municipal_idx ON certificates.certificates (municipality_id, number)
        INCLUDE (child_id) WHERE status = 'FROZEN'`);
    // Municipalities differ in their mix of types (some have no «Сертификаты ПФ» at all). Without the joint
    // frequencies the planner multiplies the columns' own and may walk the region's index for a municipality
    // that has none of the tab's rows (2.6 s at a million, npm run bench:certificate-register).
    await runner.query(`
      CREATE STATISTICS certificates.certificates_municipality_type_status (mcv, dependencies)
        ON municipality_id, certificate_type, status FROM certificates.certificates`);
    await runner.query(
      `CREATE INDEX certificates_frozen_idx ON certificates.certificates (number) INCLUDE (child_id) WHERE status = 'FROZEN'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP STATISTICS certificates.certificates_municipality_type_status`);
    for (const index of [
      'certificates_frozen_idx',
      'certificates_frozen_municipal_idx',
      'certificates_register_region_idx',
      'certificates_register_municipal_idx',
    ]) {
      await runner.query(`DROP INDEX certificates.${index}`);
    }
    await runner.query(`ALTER TABLE certificates.certificates DROP COLUMN certificate_type`);
  }
}
