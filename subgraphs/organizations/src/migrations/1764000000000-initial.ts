import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organizations.municipalities (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        territory_name text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE organizations.organizations (
        id uuid PRIMARY KEY,
        municipality_id uuid REFERENCES organizations.municipalities (id),
        kind text NOT NULL CHECK (kind IN ('RECEPTION', 'PROVIDER', 'REGISTRY')),
        name text NOT NULL,
        address text NOT NULL DEFAULT '',
        room text NOT NULL DEFAULT '',
        phones text NOT NULL DEFAULT '',
        working_hours text NOT NULL DEFAULT ''
      )`);
    await runner.query(`CREATE INDEX organizations_municipality_idx ON organizations.organizations (municipality_id)`);
    await runner.query(`
      CREATE TABLE organizations.users (
        id uuid PRIMARY KEY,
        login text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('CITIZEN', 'CERTIFICATE_HOLDER', 'ORG_OPERATOR', 'PROVIDER',
                                           'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR', 'PARTNER')),
        organization_id uuid REFERENCES organizations.organizations (id),
        municipality_id uuid REFERENCES organizations.municipalities (id),
        can_view_personal_data boolean NOT NULL DEFAULT false,
        can_confirm_applications boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_login_lowercase CHECK (login = lower(login))
      )`);
    await runner.query(`CREATE UNIQUE INDEX users_login_key ON organizations.users (login)`);
    await runner.query(`
      CREATE TABLE organizations.sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES organizations.users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        client_ip text NOT NULL DEFAULT ''
      )`);
    await runner.query(`CREATE INDEX sessions_user_idx ON organizations.sessions (user_id)`);
    await runner.query(`CREATE INDEX sessions_expires_idx ON organizations.sessions (expires_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organizations.sessions`);
    await runner.query(`DROP TABLE organizations.users`);
    await runner.query(`DROP TABLE organizations.organizations`);
    await runner.query(`DROP TABLE organizations.municipalities`);
  }
}
