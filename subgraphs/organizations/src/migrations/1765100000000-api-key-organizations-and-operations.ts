import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, part B (README, «Partners»):
 * - `organization_id`: the organization a key acts for — a reception organization for `applications:*` (its
 *   applications), a provider for `contracts:read` (its contracts); the partner identity carries it.
 * - `registered_only` and `api_key_operations`: the operations registered for a key (their sha256 and text); a
 *   key set to «только зарегистрированные операции» runs those alone. The key row's trigger announces a change
 *   of `registered_only`, so gateways re-read the key at once; operations are looked up per request.
 */
export class ApiKeyOrganizationsAndOperations1765100000000 implements MigrationInterface {
  name = 'ApiKeyOrganizationsAndOperations1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE organizations.api_keys
        ADD COLUMN organization_id uuid REFERENCES organizations.organizations (id),
        ADD COLUMN registered_only boolean NOT NULL DEFAULT false`);
    await runner.query(`
      CREATE TABLE organizations.api_key_operations (
        key_id uuid NOT NULL REFERENCES organizations.api_keys (id),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        name text NOT NULL,
        document text NOT NULL,
        created_by uuid NOT NULL,
        created_by_name text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key_id, sha256)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.api_key_operations`);
    await runner.query(`ALTER TABLE organizations.api_keys DROP COLUMN registered_only, DROP COLUMN organization_id`);
  }
}
