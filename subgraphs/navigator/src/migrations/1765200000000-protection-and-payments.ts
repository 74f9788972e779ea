import { MigrationInterface, QueryRunner } from 'typeorm';
import { rateLimitTableSql } from '@pfdo/platform';

const FEED_KINDS_ADDED = ['PROTECTION_CHANGED'];

/** The kinds the feed's CHECK allows now, read from the constraint itself (another migration may have added some). */
async function feedKinds(runner: QueryRunner): Promise<string[]> {
  const [row]: Array<{ definition: string }> = await runner.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conname = 'certificate_notifications_kind_check'
        AND conrelid = 'navigator.certificate_notifications'::regclass`,
  );
  return [...row.definition.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]);
}

async function setFeedKinds(runner: QueryRunner, kinds: string[]): Promise<void> {
  await runner.query(
    `ALTER TABLE navigator.certificate_notifications DROP CONSTRAINT certificate_notifications_kind_check`,
  );
  await runner.query(
    `ALTER TABLE navigator.certificate_notifications ADD CONSTRAINT certificate_notifications_kind_check
      CHECK (kind IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`,
  );
}

/**
 * Issue 12 part D2.
 * - «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → the protection mode (seed 002): no row is «не выбран» (the provider then gives the
 *   child's full name, as «Подтверждение по ФИО»); the code phrase is kept as a salted scrypt hash only.
 * - The attempts of providers' requests on a holder's behalf, counted per certificate by rate-limiter-flexible.
 * - Payments per contract and month («Месяц», «Сумма по договору», «Аванс», «Расчет»): a row once the provider
 *   records the month's advance; its settlement closes the month and turns that month's reserved money into spent
 *   money. The month's amount is kept as it was when the advance was recorded. Money in kopecks.
 * - The feed tells the holder of a change of his protection mode.
 */
export class ProtectionAndPayments1765200000000 implements MigrationInterface {
  name = 'ProtectionAndPayments1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.certificate_protection (
        certificate_id uuid PRIMARY KEY REFERENCES navigator.registered_certificates (certificate_id),
        mode text NOT NULL CHECK (mode IN ('NONE', 'ENROLLMENT_FORBIDDEN', 'FULL_NAME', 'CODE_PHRASE')),
        code_phrase_hash text CHECK (length(code_phrase_hash) BETWEEN 1 AND 512),
        changed_at timestamptz NOT NULL,
        CHECK ((mode = 'CODE_PHRASE') = (code_phrase_hash IS NOT NULL))
      )`);
    for (const sql of rateLimitTableSql('navigator', 'protection_attempts')) await runner.query(sql);
    await runner.query(`
      CREATE TABLE navigator.contract_payments (
        contract_id uuid NOT NULL REFERENCES navigator.contracts (id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        amount_kopecks bigint NOT NULL CHECK (amount_kopecks >= 0),
        advance_kopecks bigint NOT NULL CHECK (advance_kopecks BETWEEN 0 AND amount_kopecks),
        advance_recorded_at timestamptz NOT NULL,
        settlement_kopecks bigint CHECK (settlement_kopecks BETWEEN 0 AND amount_kopecks),
        settled_at timestamptz,
        PRIMARY KEY (contract_id, month),
        CHECK ((settlement_kopecks IS NULL) = (settled_at IS NULL))
      )`);
    // The municipality's committed money (the money limit) is summed over its certificates' contracts.
    await runner.query(
      `CREATE INDEX registered_certificates_municipality_idx ON navigator.registered_certificates (municipality_id)`,
    );
    await setFeedKinds(runner, [...new Set([...(await feedKinds(runner)), ...FEED_KINDS_ADDED])]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM navigator.certificate_notifications WHERE kind = ANY($1::text[])`, [
      FEED_KINDS_ADDED,
    ]);
    await setFeedKinds(
      runner,
      (await feedKinds(runner)).filter((kind) => !FEED_KINDS_ADDED.includes(kind)),
    );
    await runner.query(`DROP INDEX navigator.registered_certificates_municipality_idx`);
    await runner.query(`DROP TABLE navigator.contract_payments`);
    await runner.query(`DROP TABLE navigator.protection_attempts`);
    await runner.query(`DROP TABLE navigator.certificate_protection`);
  }
}
