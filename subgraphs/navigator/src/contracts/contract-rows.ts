import { Identity } from '@pfdo/platform';
import { ContractSnapshot } from '../audit/audit';
import { Queryable } from '../cabinet/certificate-money';
import { allowedActions, ContractAction, ContractKind, tabOf } from './contract-state';
import { regionDay } from './contract-term';
import { Contract, ContractRow } from './contract.type';

/** The columns of a contract row, with its certificate's number (`c`: contracts, `r`: registered_certificates). */
export const CONTRACT_COLUMNS = `c.id, c.number, c.certificate_id, r.number AS certificate_number, c.group_id, c.program_id,
  c.organization_id, c.registry, c.status, c.refusal_reason, c.monthly_price_kopecks, c.cost_kopecks,
  c.reserved_kopecks, c.financial_year, c.months, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, c.requested_at, c.confirmed_at, c.closed_at, c.prolonged_from,
  c.accepts_at, c.cancellation_reason, c.activated_at,
  EXISTS (SELECT 1 FROM navigator.contracts n
           WHERE n.prolonged_from = c.id AND n.status IN ('PENDING', 'CONFIRMED', 'ACTIVE')) AS prolonged`;

export const CONTRACT_FROM = `navigator.contracts c JOIN navigator.registered_certificates r USING (certificate_id)`;

/**
 * What the caller may do: a holder cancels his own and accepts a prolongation, a provider confirms or refuses its
 * own requests and prolongs its active contracts.
 */
const ACTIONS_OF_ROLE: Record<string, readonly ContractAction[]> = {
  CERTIFICATE_HOLDER: [ContractAction.CANCEL, ContractAction.ACCEPT],
  PROVIDER: [ContractAction.CONFIRM, ContractAction.REFUSE, ContractAction.PROLONG],
};

export const kindOf = (row: Pick<ContractRow, 'prolonged_from'>): ContractKind =>
  row.prolonged_from ? 'PROLONGATION' : 'REQUEST';

export function contractOf(row: ContractRow, identity: Identity | null): Contract {
  const mine = ACTIONS_OF_ROLE[identity?.role ?? ''] ?? [];
  const cost = Number(row.cost_kopecks);
  const reserved = Number(row.reserved_kopecks);
  return Object.assign(new Contract(), {
    id: row.id,
    number: row.number,
    status: row.status,
    tab: tabOf(row.status),
    allowedActions: allowedActions(row.status, { kind: kindOf(row), prolonged: row.prolonged }).filter((action) =>
      mine.includes(action),
    ),
    certificateNumber: row.certificate_number,
    registry: row.registry,
    refusalReason: row.refusal_reason,
    monthlyPriceKopecks: Number(row.monthly_price_kopecks),
    costKopecks: cost,
    reservedKopecks: reserved,
    familyPaysKopecks: cost - reserved,
    financialYear: row.financial_year,
    months: row.months,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    requestedAt: row.requested_at,
    confirmedAt: row.confirmed_at,
    closedAt: row.closed_at,
    prolongedFromId: row.prolonged_from,
    acceptsOn: row.accepts_at && row.status === 'PENDING' ? regionDay(row.accepts_at) : null,
    cancellationReason: row.cancellation_reason,
    activatedAt: row.activated_at,
    certificateId: row.certificate_id,
    organizationId: row.organization_id,
    programId: row.program_id,
    groupId: row.group_id,
  });
}

export function snapshotOf(row: ContractRow, changes: Partial<ContractSnapshot> = {}): ContractSnapshot {
  return {
    number: row.number,
    certificateId: row.certificate_id,
    groupId: row.group_id,
    status: row.status,
    reservedKopecks: Number(row.reserved_kopecks),
    costKopecks: Number(row.cost_kopecks),
    ...(row.refusal_reason ? { refusalReason: row.refusal_reason } : {}),
    ...(row.prolonged_from ? { prolongedFrom: row.prolonged_from } : {}),
    ...changes,
  };
}

/** One contract by id, its row locked for the transaction's change when `lock` is set. */
export async function findContractRow(queryable: Queryable, id: string, lock = false): Promise<ContractRow | null> {
  const rows: ContractRow[] = await queryable.query(
    `SELECT ${CONTRACT_COLUMNS} FROM ${CONTRACT_FROM} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** The program's title and the group's name, as the feed tells them. */
export async function requestNames(
  queryable: Queryable,
  groupId: string,
): Promise<{ programTitle: string; groupName: string }> {
  const [row]: Array<{ programTitle: string; groupName: string }> = await queryable.query(
    `SELECT p.title AS "programTitle", g.name AS "groupName"
       FROM navigator.program_groups g JOIN navigator.programs p ON p.id = g.program_id WHERE g.id = $1`,
    [groupId],
  );
  return row;
}
