import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 part B (seed 002, sections 5–7).
 * - «НОВОСТИ»: items published by a provider (for its municipality), a municipal registry operator (his
 *   municipality) or the regional operator (the whole region: no audience municipality). Unpublishing keeps the
 *   row (the audit log refers to it) and hides it. The holder's list is keyset-paged by (published_at, id).
 * - «МЕРОПРИЯТИЯ»: a provider's events with a places limit; a holder's request to take part is one row per
 *   certificate and event (the primary key), and the event's `places_taken` is raised under its CHECK, so that two
 *   requests racing for the last place cannot both win.
 * - «ПОРТФОЛИО»: a child's achievements, added by the family or by a provider with a contract; the file (PDF, JPEG,
 *   PNG) is uploaded first and kept in the database, then attached to one item.
 */
export class NewsEventsPortfolio1765350000000 implements MigrationInterface {
  name = 'NewsEventsPortfolio1765350000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.news_items (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        author_kind text NOT NULL CHECK (author_kind IN ('PROVIDER', 'MUNICIPALITY', 'REGION')),
        author_organization_id uuid,
        audience_municipality_id uuid,
        created_by uuid NOT NULL,
        published_at timestamptz NOT NULL,
        edited_at timestamptz,
        unpublished_at timestamptz,
        CHECK ((author_kind = 'PROVIDER') = (author_organization_id IS NOT NULL)),
        CHECK ((author_kind = 'REGION') = (audience_municipality_id IS NULL))
      )`);
    await runner.query(
      `CREATE INDEX news_items_audience_idx ON navigator.news_items (audience_municipality_id, published_at DESC, id DESC)
        WHERE unpublished_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE navigator.events (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES navigator.provider_cards (organization_id),
        municipality_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL CHECK (length(description) <= 5000),
        starts_at timestamptz NOT NULL,
        place text NOT NULL CHECK (length(place) BETWEEN 1 AND 500),
        places_total integer NOT NULL CHECK (places_total BETWEEN 1 AND 100000),
        places_taken integer NOT NULL DEFAULT 0,
        age_from integer NOT NULL CHECK (age_from BETWEEN 0 AND 18),
        age_to integer NOT NULL CHECK (age_to BETWEEN age_from AND 18),
        created_at timestamptz NOT NULL,
        CHECK (places_taken BETWEEN 0 AND places_total)
      )`);
    await runner.query(`CREATE INDEX events_starts_at_idx ON navigator.events (starts_at, id)`);
    await runner.query(`CREATE INDEX events_organization_idx ON navigator.events (organization_id, starts_at)`);
    await runner.query(`
      CREATE TABLE navigator.event_participants (
        event_id uuid NOT NULL REFERENCES navigator.events (id),
        certificate_id uuid NOT NULL REFERENCES navigator.registered_certificates (certificate_id),
        applied_at timestamptz NOT NULL,
        PRIMARY KEY (event_id, certificate_id)
      )`);
    await runner.query(
      `CREATE INDEX event_participants_certificate_idx ON navigator.event_participants (certificate_id)`,
    );
    await runner.query(`
      CREATE TABLE navigator.portfolio_files (
        id uuid PRIMARY KEY,
        uploaded_by uuid NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        bytes bytea NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE navigator.portfolio_items (
        id uuid PRIMARY KEY,
        certificate_id uuid NOT NULL REFERENCES navigator.registered_certificates (certificate_id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN ('WIN', 'PRIZE', 'PARTICIPATION')),
        achieved_on date NOT NULL,
        event_or_program text NOT NULL CHECK (length(event_or_program) <= 300),
        added_by_organization_id uuid,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        file_id uuid UNIQUE REFERENCES navigator.portfolio_files (id),
        file_name text CHECK (length(file_name) <= 255)
      )`);
    await runner.query(
      `CREATE INDEX portfolio_items_certificate_idx ON navigator.portfolio_items (certificate_id, achieved_on DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.portfolio_items`);
    await runner.query(`DROP TABLE navigator.portfolio_files`);
    await runner.query(`DROP TABLE navigator.event_participants`);
    await runner.query(`DROP TABLE navigator.events`);
    await runner.query(`DROP TABLE navigator.news_items`);
  }
}
