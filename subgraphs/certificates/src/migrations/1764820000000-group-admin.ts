import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Группы сертификатов» and «Пакетные обработки» (seed 001): groups imported from the navigator's settings, with
 * a description; the mass change of group as a job whose progress is kept here, batch by batch, so that a
 * restart continues where the last committed batch ended (the queue itself is pg-boss's, in its own schema).
 */
export class GroupAdmin1764820000000 implements MigrationInterface {
  name = 'GroupAdmin1764820000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE certificates.certificate_groups
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN navigator_setting_id uuid,
        ADD COLUMN nominal_kopecks bigint CHECK (nominal_kopecks >= 0),
        ADD COLUMN municipality_limit_kopecks bigint CHECK (municipality_limit_kopecks >= 0),
        ADD COLUMN budget_programs jsonb`);
    // An imported setting is one group: importing it twice is refused, not duplicated.
    await runner.query(`
      CREATE UNIQUE INDEX certificate_groups_navigator_setting_key
        ON certificates.certificate_groups (navigator_setting_id) WHERE navigator_setting_id IS NOT NULL`);
    // «Удалить» asks whether anything uses the group, the list counts each group's certificates, and the
    // batch's filter reads a group's certificates.
    await runner.query(`CREATE INDEX certificates_group_idx ON certificates.certificates (group_id)`);
    await runner.query(
      `CREATE INDEX applications_group_idx ON certificates.applications (group_id) WHERE group_id IS NOT NULL`,
    );
    await runner.query(`
      CREATE INDEX applications_requested_group_idx ON certificates.applications ((requested_changes ->> 'groupId'))
        WHERE requested_changes ? 'groupId'`);
    await runner.query(`
      CREATE TABLE certificates.group_change_jobs (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL,
        target_group_id uuid NOT NULL,
        target_group_name text NOT NULL,
        source_group_id uuid,
        source_group_name text,
        selection text NOT NULL CHECK (selection IN ('GROUP', 'CHOSEN')),
        status text NOT NULL CHECK (status IN ('RUNNING', 'DONE')),
        total int NOT NULL CHECK (total >= 0),
        changed int NOT NULL DEFAULT 0,
        skipped int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        last_certificate_id uuid,
        actor jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await runner.query(
      `CREATE INDEX group_change_jobs_municipality_idx ON certificates.group_change_jobs (municipality_id, created_at DESC, id DESC)`,
    );
    // One mass change at a time per municipality: two would fight over the same certificates' rows.
    await runner.query(`
      CREATE UNIQUE INDEX group_change_jobs_one_running ON certificates.group_change_jobs (municipality_id)
        WHERE status = 'RUNNING'`);
    await runner.query(`
      CREATE TABLE certificates.group_change_job_items (
        job_id uuid NOT NULL REFERENCES certificates.group_change_jobs (id) ON DELETE CASCADE,
        certificate_id uuid NOT NULL,
        outcome text CHECK (outcome IN ('CHANGED', 'SKIPPED', 'AGE_NOT_ELIGIBLE', 'NOT_LIVE', 'OUT_OF_SCOPE', 'GROUP_BLOCKED')),
        PRIMARY KEY (job_id, certificate_id)
      )`);
    await runner.query(`
      CREATE INDEX group_change_job_items_refused_idx ON certificates.group_change_job_items (job_id, certificate_id)
        WHERE outcome NOT IN ('CHANGED', 'SKIPPED')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE certificates.group_change_job_items`);
    await runner.query(`DROP TABLE certificates.group_change_jobs`);
    await runner.query(`DROP INDEX certificates.applications_requested_group_idx`);
    await runner.query(`DROP INDEX certificates.applications_group_idx`);
    await runner.query(`DROP INDEX certificates.certificates_group_idx`);
    await runner.query(`DROP INDEX certificates.certificate_groups_navigator_setting_key`);
    await runner.query(`
      ALTER TABLE certificates.certificate_groups
        DROP COLUMN description, DROP COLUMN navigator_setting_id, DROP COLUMN nominal_kopecks,
        DROP COLUMN municipality_limit_kopecks, DROP COLUMN budget_programs`);
  }
}
