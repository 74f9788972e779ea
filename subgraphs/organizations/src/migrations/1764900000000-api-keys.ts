import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners' API keys (README, «Partners»): issued by a registry operator, shown once, stored as an HMAC-SHA-256
 * of the whole key (a 32-byte random secret needs no slow password hash); a visible prefix finds the row. A
 * rotation issues a new key and shortens the old one's life to the overlap the operator chose
 * (`replaced_by`). Any change of a key row (a revocation, a rotation) is announced on the sessions' channel
 * as `u:<key id>` by the trigger function of 1764250000000, so gateways drop the cached key at the commit.
 * Every partner call lands in `api_key_usage`, sent by the gateways in batches.
 */
export class ApiKeys1764900000000 implements MigrationInterface {
  name = 'ApiKeys1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organizations.api_keys (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        partner_name text NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
        municipality_id uuid REFERENCES organizations.municipalities (id),
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        requests_per_minute integer NOT NULL CHECK (requests_per_minute > 0),
        cost_per_minute integer NOT NULL CHECK (cost_per_minute > 0),
        expires_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        created_by_name text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        replaced_by uuid REFERENCES organizations.api_keys (id)
      )`);
    // An operator's list: his municipality's keys (or all of them), newest first.
    await runner.query(`CREATE INDEX api_keys_list_idx ON organizations.api_keys (municipality_id, created_at DESC)`);
    await runner.query(`
      CREATE TRIGGER api_keys_changed AFTER UPDATE ON organizations.api_keys
        FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION organizations.notify_session_revoked()`);
    await runner.query(`
      CREATE TABLE organizations.api_key_usage (
        id bigserial PRIMARY KEY,
        key_id uuid NOT NULL REFERENCES organizations.api_keys (id),
        occurred_at timestamptz NOT NULL,
        operation_name text,
        cost integer NOT NULL,
        http_status integer NOT NULL,
        code text,
        request_id text NOT NULL DEFAULT ''
      )`);
    // Usage per key per day, and one call found by its time.
    await runner.query(`CREATE INDEX api_key_usage_key_idx ON organizations.api_key_usage (key_id, occurred_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.api_key_usage`);
    await runner.query(`DROP TRIGGER api_keys_changed ON organizations.api_keys`);
    await runner.query(`DROP TABLE organizations.api_keys`);
  }
}
