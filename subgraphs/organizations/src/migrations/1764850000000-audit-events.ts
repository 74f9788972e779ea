import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organizations subgraph's audit log, shaped as the certificates subgraph's: every change an operator
 * makes here (first: an organization's details in «Мои параметры»), with its before and after, written in
 * the transaction of the change. `IF NOT EXISTS`: another change of this subgraph may bring the same table.
 */
export class AuditEvents1764850000000 implements MigrationInterface {
  name = 'AuditEvents1764850000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS organizations.audit_events (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_role text,
        actor_organization_id uuid,
        actor_name text NOT NULL DEFAULT '',
        client_ip text NOT NULL DEFAULT '',
        action text NOT NULL,
        subject_id uuid NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await runner.query(
      `CREATE INDEX IF NOT EXISTS audit_events_subject_idx ON organizations.audit_events (subject_id, occurred_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.audit_events`);
  }
}
