import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracts over time (issue 12 part D1, seed 002): a confirmed contract becomes «Действующие» from its start
 * date, an active one goes to «Архив» after its end date, and a prolongation («Пролонгировать», by the provider)
 * waits in «Ожидающие подтверждения» and is accepted by itself when the holder has not refused it within 7 days.
 *
 * - `prolonged_from`: the contract a prolongation continues (one row per period; the earlier one stays as it is
 *   and ends on its own end date). At most one live prolongation per contract (the partial unique index).
 * - `accepts_at`: the moment a prolongation is accepted by itself (its filing + 7 days of the navigator's
 *   clock); set on prolongations only.
 * - `cancellation_reason`: the holder's reason, optional, when he refuses a prolongation («Отменить заявку»).
 * - `activated_at`: when the contract came into force.
 * The sweep (src/jobs) finds the due rows by `contracts_due_idx`.
 */
export class ContractSchedule1765150000000 implements MigrationInterface {
  name = 'ContractSchedule1765150000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE navigator.contracts
        ADD COLUMN prolonged_from uuid REFERENCES navigator.contracts (id),
        ADD COLUMN accepts_at timestamptz,
        ADD COLUMN cancellation_reason text CHECK (length(cancellation_reason) BETWEEN 1 AND 1000),
        ADD COLUMN activated_at timestamptz,
        ADD CONSTRAINT contracts_prolongation_accepts CHECK ((prolonged_from IS NULL) = (accepts_at IS NULL)),
        ADD CONSTRAINT contracts_cancellation_reason CHECK (status = 'CANCELLED' OR cancellation_reason IS NULL)`);
    await runner.query(
      `CREATE UNIQUE INDEX contracts_live_prolongation_key ON navigator.contracts (prolonged_from)
        WHERE status IN ('PENDING', 'CONFIRMED', 'ACTIVE')`,
    );
    await runner.query(
      `CREATE INDEX contracts_due_idx ON navigator.contracts (status, starts_on, ends_on)
        WHERE status IN ('PENDING', 'CONFIRMED', 'ACTIVE')`,
    );
    await runner.query(
      `ALTER TABLE navigator.certificate_notifications DROP CONSTRAINT certificate_notifications_kind_check`,
    );
    await runner.query(`
      ALTER TABLE navigator.certificate_notifications ADD CONSTRAINT certificate_notifications_kind_check
        CHECK (kind IN ('HANDED_OVER', 'STATUS_CHANGED', 'REGROUPED',
                        'REQUEST_FILED', 'REQUEST_CONFIRMED', 'REQUEST_REFUSED', 'REQUEST_CANCELLED',
                        'CONTRACT_STARTED', 'CONTRACT_ENDED',
                        'PROLONGED', 'PROLONGATION_ACCEPTED', 'PROLONGATION_REFUSED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `DELETE FROM navigator.certificate_notifications WHERE kind LIKE 'CONTRACT_%' OR kind LIKE 'PROLONG%'`,
    );
    await runner.query(
      `ALTER TABLE navigator.certificate_notifications DROP CONSTRAINT certificate_notifications_kind_check`,
    );
    await runner.query(`
      ALTER TABLE navigator.certificate_notifications ADD CONSTRAINT certificate_notifications_kind_check
        CHECK (kind IN ('HANDED_OVER', 'STATUS_CHANGED', 'REGROUPED',
                        'REQUEST_FILED', 'REQUEST_CONFIRMED', 'REQUEST_REFUSED', 'REQUEST_CANCELLED'))`);
    await runner.query(`DROP INDEX navigator.contracts_due_idx`);
    await runner.query(`DROP INDEX navigator.contracts_live_prolongation_key`);
    await runner.query(`DELETE FROM navigator.contracts WHERE prolonged_from IS NOT NULL`);
    await runner.query(`
      ALTER TABLE navigator.contracts
        DROP COLUMN prolonged_from, DROP COLUMN accepts_at, DROP COLUMN cancellation_reason, DROP COLUMN activated_at`);
  }
}
