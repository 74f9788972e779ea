import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Объединение кабинетов пользователя» (seed 002, §8): a parent of several children links their certificates'
 * cabinets to switch between them without signing in again. A link is stored both ways (two rows), so that
 * either side lists it and either side may remove it; each pair is linked directly (no family groups: a
 * parent who links a third cabinet links it to each he wants to reach from). «Темная тема»: the cabinet's
 * chosen theme, kept with the account so that it follows the user to another device; no row means the
 * system's preference decides. Kept out of `users`, whose every update tells the gateways to forget sessions.
 */
export class AccountLinksAndTheme1765450000000 implements MigrationInterface {
  name = 'AccountLinksAndTheme1765450000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organizations.account_links (
        user_id uuid NOT NULL REFERENCES organizations.users (id) ON DELETE CASCADE,
        linked_user_id uuid NOT NULL REFERENCES organizations.users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, linked_user_id),
        CHECK (user_id <> linked_user_id)
      )`);
    await runner.query(`CREATE INDEX account_links_linked_idx ON organizations.account_links (linked_user_id)`);
    await runner.query(`
      CREATE TABLE organizations.user_preferences (
        user_id uuid PRIMARY KEY REFERENCES organizations.users (id) ON DELETE CASCADE,
        theme text NOT NULL CHECK (theme IN ('LIGHT', 'DARK')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.user_preferences`);
    await runner.query(`DROP TABLE organizations.account_links`);
  }
}
