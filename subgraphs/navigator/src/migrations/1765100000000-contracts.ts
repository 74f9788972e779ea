import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «ДОГОВОРЫ» (seed 002, issue 12 part C): an enrollment request is the first state of its contract, so one row
 * holds both (docs/domain.md §4: PENDING → CONFIRMED by the provider → ACTIVE → ENDED / TERMINATED; REFUSED by the
 * provider; CANCELLED by the holder). The request takes its group's place and reserves the certificate's money at
 * once; a refusal or a cancellation gives both back.
 *
 * What makes races impossible to get wrong:
 * - the place: `program_groups.places_taken` moves only by a conditional UPDATE (`places_taken < places_total`),
 *   and its CHECK (places_taken <= places_total) stands behind it;
 * - the money and the budget programs: a request locks its certificate's copy (`registered_certificates`, FOR
 *   UPDATE) before it reads what is already reserved, so two requests of one certificate are counted one after
 *   the other;
 * - one live request or contract per certificate and group (the partial unique index).
 * Money in integer kopecks; the months are those of the contract within the financial year it reserves for.
 */
export class Contracts1765100000000 implements MigrationInterface {
  name = 'Contracts1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SEQUENCE navigator.contract_numbers`);
    await runner.query(`
      CREATE TABLE navigator.contracts (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        certificate_id uuid NOT NULL REFERENCES navigator.registered_certificates (certificate_id),
        group_id uuid NOT NULL REFERENCES navigator.program_groups (id),
        program_id uuid NOT NULL REFERENCES navigator.programs (id),
        organization_id uuid NOT NULL,
        registry text NOT NULL CHECK (registry IN ('CERTIFIED', 'SIGNIFICANT', 'PAID', 'GENERAL')),
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'CONFIRMED', 'ACTIVE', 'REFUSED', 'CANCELLED', 'ENDED', 'TERMINATED')),
        refusal_reason text CHECK (length(refusal_reason) BETWEEN 1 AND 1000),
        monthly_price_kopecks bigint NOT NULL DEFAULT 0 CHECK (monthly_price_kopecks >= 0),
        cost_kopecks bigint NOT NULL DEFAULT 0 CHECK (cost_kopecks >= 0),
        reserved_kopecks bigint NOT NULL DEFAULT 0 CHECK (reserved_kopecks >= 0 AND reserved_kopecks <= cost_kopecks),
        financial_year int NOT NULL CHECK (financial_year BETWEEN 2000 AND 2200),
        months int NOT NULL CHECK (months BETWEEN 0 AND 12),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        requested_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        closed_at timestamptz,
        CHECK (ends_on >= starts_on),
        CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
        CHECK (registry = 'CERTIFIED' OR reserved_kopecks = 0)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX contracts_live_key ON navigator.contracts (certificate_id, group_id)
        WHERE status IN ('PENDING', 'CONFIRMED', 'ACTIVE')`,
    );
    await runner.query(
      `CREATE INDEX contracts_certificate_idx ON navigator.contracts (certificate_id, requested_at DESC, id)`,
    );
    await runner.query(
      `CREATE INDEX contracts_organization_idx ON navigator.contracts (organization_id, status, requested_at DESC, id)`,
    );
    await runner.query(
      `ALTER TABLE navigator.certificate_notifications DROP CONSTRAINT certificate_notifications_kind_check`,
    );
    await runner.query(`
      ALTER TABLE navigator.certificate_notifications ADD CONSTRAINT certificate_notifications_kind_check
        CHECK (kind IN ('HANDED_OVER', 'STATUS_CHANGED', 'REGROUPED',
                        'REQUEST_FILED', 'REQUEST_CONFIRMED', 'REQUEST_REFUSED', 'REQUEST_CANCELLED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM navigator.certificate_notifications WHERE kind LIKE 'REQUEST_%'`);
    await runner.query(
      `ALTER TABLE navigator.certificate_notifications DROP CONSTRAINT certificate_notifications_kind_check`,
    );
    await runner.query(`
      ALTER TABLE navigator.certificate_notifications ADD CONSTRAINT certificate_notifications_kind_check
        CHECK (kind IN ('HANDED_OVER', 'STATUS_CHANGED', 'REGROUPED'))`);
    await runner.query(`DROP TABLE navigator.contracts`);
    await runner.query(`DROP SEQUENCE navigator.contract_numbers`);
  }
}
