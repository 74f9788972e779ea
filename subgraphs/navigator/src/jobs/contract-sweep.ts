import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CONTRACT_COLUMNS, CONTRACT_FROM, kindOf, snapshotOf } from '../contracts/contract-rows';
import { ContractStatus, dueSteps, ScheduledStep, STEP_STATUS } from '../contracts/contract-state';
import { regionDay } from '../contracts/contract-term';
import { ContractRow } from '../contracts/contract.type';
import { CertificateNotification, notifyHolder, RequestDetails } from '../notifications/certificate-notification';

/** Rows moved per transaction: a sweep after a long stop moves them in several. */
export const SWEEP_BATCH = 200;

/** The schedule audits as a service of its own: no person acted. */
const SCHEDULE_CALLER = (): Caller => ({
  identity: null,
  clientIp: '',
  requestId: randomUUID(),
  sessionId: null,
  service: 'navigator-schedule',
});

const AUDIT_ACTIONS: Record<ScheduledStep, 'PROLONGATION_ACCEPTED_BY_DEFAULT' | 'CONTRACT_STARTED' | 'CONTRACT_ENDED'> =
  {
    [ScheduledStep.ACCEPT_BY_DEFAULT]: 'PROLONGATION_ACCEPTED_BY_DEFAULT',
    [ScheduledStep.START]: 'CONTRACT_STARTED',
    [ScheduledStep.END]: 'CONTRACT_ENDED',
  };

function notificationOf(step: ScheduledStep, row: ContractRow, details: RequestDetails): CertificateNotification {
  switch (step) {
    case ScheduledStep.ACCEPT_BY_DEFAULT:
      return { kind: 'PROLONGATION_ACCEPTED', details: { ...details, startsOn: row.starts_on, byDefault: true } };
    case ScheduledStep.START:
      return { kind: 'CONTRACT_STARTED', details: { ...details, startsOn: row.starts_on } };
    case ScheduledStep.END:
      return { kind: 'CONTRACT_ENDED', details: { ...details, endsOn: row.ends_on } };
  }
}

/** What one sweep did: how many contracts took each step. */
export type SweepReport = Record<ScheduledStep, number>;

/**
 * Moves the contracts time has moved at `now` (the navigator's clock): prolongations not refused within 7 days
 * are accepted, confirmed contracts whose start date has come become active, active ones past their end date end
 * (their reservation is no longer counted: only live statuses hold money). Each batch is one transaction; its
 * rows are locked with SKIP LOCKED, so two sweeps at once (two workers, two navigator processes) share the rows
 * and never move one twice, and a row a holder is acting on is taken by the next sweep. Every step is audited and
 * told in the holder's feed in the same transaction.
 */
export async function sweepContracts(dataSource: DataSource, now: Date): Promise<SweepReport> {
  const today = regionDay(now);
  const report: SweepReport = { ACCEPT_BY_DEFAULT: 0, START: 0, END: 0 };
  for (;;) {
    const moved = await dataSource.transaction((manager) => sweepBatch(manager, now, today, report));
    if (moved < SWEEP_BATCH) return report;
  }
}

async function sweepBatch(manager: EntityManager, now: Date, today: string, report: SweepReport): Promise<number> {
  const rows: ContractRow[] = await manager.query(
    `SELECT ${CONTRACT_COLUMNS} FROM ${CONTRACT_FROM}
      WHERE (c.status = 'PENDING' AND c.accepts_at <= $1)
         OR (c.status = 'CONFIRMED' AND c.starts_on <= $2::date)
         OR (c.status = 'ACTIVE' AND c.ends_on < $2::date)
      ORDER BY c.id LIMIT ${SWEEP_BATCH}
        FOR UPDATE OF c SKIP LOCKED`,
    [now, today],
  );
  if (rows.length === 0) return 0;
  const names = await namesOfGroups(
    manager,
    rows.map((row) => row.group_id),
  );
  const caller = SCHEDULE_CALLER();
  for (const row of rows) {
    const { steps, status } = dueSteps(
      {
        status: row.status,
        kind: kindOf(row),
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        acceptsAt: row.accepts_at,
      },
      now,
      today,
    );
    if (steps.length === 0) continue;
    await manager.query(
      `UPDATE navigator.contracts
          SET status = $2,
              confirmed_at = CASE WHEN $3 THEN $6::timestamptz ELSE confirmed_at END,
              activated_at = CASE WHEN $4 THEN $6::timestamptz ELSE activated_at END,
              closed_at = CASE WHEN $5 THEN $6::timestamptz ELSE closed_at END
        WHERE id = $1`,
      [
        row.id,
        status,
        steps.includes(ScheduledStep.ACCEPT_BY_DEFAULT),
        steps.includes(ScheduledStep.START),
        steps.includes(ScheduledStep.END),
        now,
      ],
    );
    let before: ContractStatus = row.status;
    const details: RequestDetails = {
      number: row.number,
      ...names.get(row.group_id)!,
      reservedKopecks: Number(row.reserved_kopecks),
    };
    for (const step of steps) {
      const after = STEP_STATUS[step];
      await writeAudit(manager, caller, {
        action: AUDIT_ACTIONS[step],
        subjectId: row.id,
        before: snapshotOf(row, { status: before }),
        after: snapshotOf(row, { status: after }),
      });
      await notifyHolder(manager, row.certificate_id, notificationOf(step, row, details));
      report[step] += 1;
      before = after;
    }
  }
  return rows.length;
}

async function namesOfGroups(
  manager: EntityManager,
  groupIds: string[],
): Promise<Map<string, { programTitle: string; groupName: string }>> {
  const rows: Array<{ id: string; programTitle: string; groupName: string }> = await manager.query(
    `SELECT g.id, p.title AS "programTitle", g.name AS "groupName"
       FROM navigator.program_groups g JOIN navigator.programs p ON p.id = g.program_id WHERE g.id = ANY($1::uuid[])`,
    [[...new Set(groupIds)]],
  );
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}
