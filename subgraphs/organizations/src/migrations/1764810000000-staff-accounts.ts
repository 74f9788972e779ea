import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Пользователи организаций» (docs/domain.md §3): a registry operator creates, edits, blocks and unblocks the
 * accounts of his municipality's reception organizations, the regional operator those of the municipal
 * registry operators. Blocking is a column, so that the account and its history stay; its sessions are
 * deleted in the same transaction (the triggers of 1764250000000 tell the gateways). Every change is an
 * audit event of this schema, shaped as certificates.audit_events.
 */
export class StaffAccounts1764810000000 implements MigrationInterface {
  name = 'StaffAccounts1764810000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE organizations.organizations ADD COLUMN responsible_person text NOT NULL DEFAULT ''`,
    );
    await runner.query(`ALTER TABLE organizations.users ADD COLUMN blocked_at timestamptz`);
    // The list of one municipality's accounts of one role, by name, paged by (full_name, id).
    await runner.query(
      `CREATE INDEX users_staff_list_idx ON organizations.users (municipality_id, role, full_name, id)`,
    );
    await runner.query(`
      CREATE TABLE organizations.audit_events (
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
    await runner.query(`CREATE INDEX audit_events_subject_idx ON organizations.audit_events (subject_id, occurred_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.audit_events`);
    await runner.query(`DROP INDEX organizations.users_staff_list_idx`);
    await runner.query(`ALTER TABLE organizations.users DROP COLUMN blocked_at`);
    await runner.query(`ALTER TABLE organizations.organizations DROP COLUMN responsible_person`);
  }
}
