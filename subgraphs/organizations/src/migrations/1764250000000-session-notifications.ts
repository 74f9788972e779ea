import { MigrationInterface, QueryRunner } from 'typeorm';
import { SESSION_REVOKED_CHANNEL } from '@pfdo/platform';

/**
 * Gateways keep resolved sessions for a few seconds. Whatever ends a session or changes its user (sign-out,
 * a password change, blocking, a change of rights, whatever code does it) is announced on
 * SESSION_REVOKED_CHANNEL by triggers, so no code path can forget to; PostgreSQL delivers a NOTIFY when its
 * transaction commits, and never for one rolled back.
 */
export class SessionNotifications1764250000000 implements MigrationInterface {
  name = 'SessionNotifications1764250000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION organizations.notify_session_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'sessions' THEN
          PERFORM pg_notify('${SESSION_REVOKED_CHANNEL}', 's:' || OLD.token_hash);
        ELSE
          PERFORM pg_notify('${SESSION_REVOKED_CHANNEL}', 'u:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER sessions_revoked AFTER DELETE ON organizations.sessions
        FOR EACH ROW EXECUTE FUNCTION organizations.notify_session_revoked()`);
    await runner.query(`
      CREATE TRIGGER users_deleted AFTER DELETE ON organizations.users
        FOR EACH ROW EXECUTE FUNCTION organizations.notify_session_revoked()`);
    await runner.query(`
      CREATE TRIGGER users_changed AFTER UPDATE ON organizations.users
        FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION organizations.notify_session_revoked()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER users_changed ON organizations.users`);
    await runner.query(`DROP TRIGGER users_deleted ON organizations.users`);
    await runner.query(`DROP TRIGGER sessions_revoked ON organizations.sessions`);
    await runner.query(`DROP FUNCTION organizations.notify_session_revoked()`);
  }
}
