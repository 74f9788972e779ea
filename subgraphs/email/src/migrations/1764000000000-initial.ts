import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE email.email_confirmations (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        email text NOT NULL,
        token_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED')),
        expires_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX email_confirmations_token_key ON email.email_confirmations (token_hash)`);
    await runner.query(
      `CREATE INDEX email_confirmations_application_idx ON email.email_confirmations (application_id, created_at DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE email.email_confirmations`);
  }
}
