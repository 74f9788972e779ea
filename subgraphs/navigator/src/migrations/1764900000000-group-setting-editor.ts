import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Настройка сертификатов» (seed 001, issue 11 item 3): registry operators create and edit their
 * municipality's group settings here. A name is unique within its municipality, whatever its case, so that
 * «Импорт из PFDO» never offers two groups the operator cannot tell apart. Every change is an audit event of
 * this schema, shaped as certificates.audit_events and organizations.audit_events.
 */
export class GroupSettingEditor1764900000000 implements MigrationInterface {
  name = 'GroupSettingEditor1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE UNIQUE INDEX group_settings_municipality_name_key ON navigator.group_settings (municipality_id, lower(name))`,
    );
    await runner.query(`
      CREATE TABLE navigator.audit_events (
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
    await runner.query(`CREATE INDEX audit_events_subject_idx ON navigator.audit_events (subject_id, occurred_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.audit_events`);
    await runner.query(`DROP INDEX navigator.group_settings_municipality_name_key`);
  }
}
