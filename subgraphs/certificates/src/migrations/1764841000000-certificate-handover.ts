import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a certificate last reached the navigator («Отправить в ПФДО»), on the certificate itself, so that the
 * regional operator's list of certificates that never reached it is one index scan (a partial index of the
 * few that did not) however many million certificates there are. Filled from the applications' hand-overs.
 */
export class CertificateHandover1764841000000 implements MigrationInterface {
  name = 'CertificateHandover1764841000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE certificates.certificates ADD COLUMN sent_to_navigator_at timestamptz`);
    await runner.query(`
      UPDATE certificates.certificates c SET sent_to_navigator_at = sent.at
        FROM (SELECT certificate_id, max(sent_to_navigator_at) AS at FROM certificates.applications
               WHERE certificate_id IS NOT NULL AND sent_to_navigator_at IS NOT NULL GROUP BY certificate_id) sent
       WHERE sent.certificate_id = c.id`);
    await runner.query(
      `CREATE INDEX certificates_not_sent_to_navigator ON certificates.certificates (number)
        WHERE sent_to_navigator_at IS NULL AND status <> 'ANNULLED'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX certificates.certificates_not_sent_to_navigator`);
    await runner.query(`ALTER TABLE certificates.certificates DROP COLUMN sent_to_navigator_at`);
  }
}
