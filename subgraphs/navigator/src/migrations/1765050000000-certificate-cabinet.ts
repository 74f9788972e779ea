import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certificate holder's «КАБИНЕТ» (seed 002, issue 12): the feed of what happened to the certificate
 * («оповещения»), each row written in the transaction of the event that caused it, read newest first by id; and
 * the index that counts a group's activated certificates for the municipality's money limit.
 */
export class CertificateCabinet1765050000000 implements MigrationInterface {
  name = 'CertificateCabinet1765050000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.certificate_notifications (
        id bigserial PRIMARY KEY,
        certificate_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HANDED_OVER', 'STATUS_CHANGED', 'REGROUPED')),
        details jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX certificate_notifications_feed_idx ON navigator.certificate_notifications (certificate_id, id DESC)`,
    );
    await runner.query(`
      CREATE INDEX registered_certificates_group_activated_idx
        ON navigator.registered_certificates (municipality_id, lower(group_name)) WHERE status = 'ACTIVATED'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX navigator.registered_certificates_group_activated_idx`);
    await runner.query(`DROP TABLE navigator.certificate_notifications`);
  }
}
