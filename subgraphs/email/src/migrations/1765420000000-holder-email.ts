import { MigrationInterface, QueryRunner } from 'typeorm';
import { rateLimitTableSql } from '@pfdo/platform';

/**
 * Issue 15 part C, «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Электронная почта» → «Изменить» (seed 002 §8).
 * - The certificate cabinet's confirmed e-mail, the address access is recovered through; keyed by the cabinet's
 *   account (= the certificate's id), with its login (the certificate number) for «Забыли пароль?».
 * - One-time links: CONFIRM (a new address, followed while signed in to the cabinet) and RESET («Забыли
 *   пароль?»), each stored as the SHA-256 of its token only, with an expiry; a new link of the same purpose
 *   supersedes the pending one.
 * - The counters of rate-limiter-flexible for the links' requests, and the audit log of the changes.
 */
export class HolderEmail1765420000000 implements MigrationInterface {
  name = 'HolderEmail1765420000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE email.holder_emails (
        certificate_id uuid PRIMARY KEY,
        login text NOT NULL UNIQUE CHECK (login ~ '^[0-9]{10}$'),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        confirmed_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE email.holder_links (
        id uuid PRIMARY KEY,
        certificate_id uuid NOT NULL,
        login text NOT NULL CHECK (login ~ '^[0-9]{10}$'),
        purpose text NOT NULL CHECK (purpose IN ('CONFIRM', 'RESET')),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        token_hash text NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        status text NOT NULL CHECK (status IN ('PENDING', 'USED', 'SUPERSEDED')),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK ((status = 'USED') = (used_at IS NOT NULL))
      )`);
    await runner.query(
      `CREATE INDEX holder_links_pending_idx ON email.holder_links (certificate_id, purpose) WHERE status = 'PENDING'`,
    );
    for (const sql of rateLimitTableSql('email', 'holder_link_limits')) await runner.query(sql);
    await runner.query(`
      CREATE TABLE email.audit_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_role text,
        actor_organization_id uuid,
        actor_service text,
        actor_name text NOT NULL DEFAULT '',
        client_ip text NOT NULL DEFAULT '',
        action text NOT NULL,
        subject_id uuid NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await runner.query(`CREATE INDEX audit_events_subject_idx ON email.audit_events (subject_id, occurred_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE email.audit_events`);
    await runner.query(`DROP TABLE email.holder_link_limits`);
    await runner.query(`DROP TABLE email.holder_links`);
    await runner.query(`DROP TABLE email.holder_emails`);
  }
}
