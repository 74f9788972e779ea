import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, invalidFields, isUuid } from '@pfdo/platform';
import { PaymentSnapshot, writeAudit } from '../audit/audit';
import { regionYearMonth } from '../cabinet/available-nominal';
import { NavigatorContext } from '../context';
import { contractOf, findContractRow } from '../contracts/contract-rows';
import { Contract, ContractRow } from '../contracts/contract.type';
import { roubles } from '../notifications/certificate-notification';
import { monthAmounts } from './month-amounts';

/** An advance is recorded while the contract is in force; a settlement also after it ended, for its last months. */
const ADVANCE_STATUSES = ['CONFIRMED', 'ACTIVE'];
const SETTLEMENT_STATUSES = ['CONFIRMED', 'ACTIVE', 'ENDED', 'TERMINATED'];

const notFound = () => domainError(ErrorCode.NotFound, 'Договор не найден');

interface RecordedMonth {
  amount_kopecks: string;
  advance_kopecks: string;
  settlement_kopecks: string | null;
}

/** The provider's own contract, locked, and the month's amount; refused when the month is not one to pay now. */
async function lockMonth(
  manager: EntityManager,
  context: NavigatorContext,
  contractId: string,
  month: string,
  statuses: string[],
): Promise<{ row: ContractRow; amountKopecks: number; recorded: RecordedMonth | null }> {
  const identity = context.identity!;
  const row = isUuid(contractId) ? await findContractRow(manager, contractId, true) : null;
  if (!row || row.organization_id !== identity.organizationId) throw notFound();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw invalidFields({ month: 'Месяц — в виде ГГГГ-ММ' });
  if (!statuses.includes(row.status)) {
    throw domainError(ErrorCode.ActionNotAllowedInStatus, 'Платежи вносятся только по заключённому договору', {
      status: row.status,
    });
  }
  const due = monthAmounts(Number(row.reserved_kopecks), row.months, row.starts_on).find(
    (candidate) => candidate.month === month,
  );
  const { year, month: current } = regionYearMonth(context.now());
  const currentMonth = `${year}-${String(current).padStart(2, '0')}`;
  if (!due || Number(row.reserved_kopecks) === 0 || month > currentMonth) {
    throw domainError(
      ErrorCode.PaymentMonthNotDue,
      !due || Number(row.reserved_kopecks) === 0
        ? 'Этот месяц не оплачивается из сертификата по договору'
        : 'Месяц ещё не начался: аванс и расчет вносятся с его начала',
    );
  }
  const [recorded]: RecordedMonth[] = await manager.query(
    `SELECT amount_kopecks, advance_kopecks, settlement_kopecks FROM navigator.contract_payments
      WHERE contract_id = $1 AND month = ($2 || '-01')::date`,
    [row.id, month],
  );
  if (recorded?.settlement_kopecks !== null && recorded?.settlement_kopecks !== undefined) {
    throw domainError(ErrorCode.MonthAlreadySettled, 'Расчет за этот месяц уже внесён: суммы месяца окончательны');
  }
  return {
    row,
    amountKopecks: recorded ? Number(recorded.amount_kopecks) : due.amountKopecks,
    recorded: recorded ?? null,
  };
}

function checkedKopecks(field: string, label: string, value: number, amountKopecks: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > amountKopecks) {
    throw invalidFields({ [field]: `${label} — от 0 до суммы по договору за месяц (${roubles(amountKopecks)})` });
  }
  return value;
}

const snapshot = (
  row: ContractRow,
  month: string,
  amount: number,
  recorded: RecordedMonth | null,
): PaymentSnapshot => ({
  contractNumber: row.number,
  month,
  amountKopecks: amount,
  advanceKopecks: recorded ? Number(recorded.advance_kopecks) : null,
  settlementKopecks: recorded?.settlement_kopecks ? Number(recorded.settlement_kopecks) : null,
});

/**
 * «Аванс» (the provider of the contract's program): the advance paid for a month that has begun, at most the
 * month's amount; recorded again it is corrected, until the month is settled. Audited in its transaction.
 */
export async function recordPaymentAdvance(
  context: NavigatorContext,
  contractId: string,
  month: string,
  advanceKopecks: number,
): Promise<Contract> {
  await context.dataSource.transaction(async (manager) => {
    const { row, amountKopecks, recorded } = await lockMonth(manager, context, contractId, month, ADVANCE_STATUSES);
    const advance = checkedKopecks('advanceKopecks', 'Аванс', advanceKopecks, amountKopecks);
    await manager.query(
      `INSERT INTO navigator.contract_payments (contract_id, month, amount_kopecks, advance_kopecks, advance_recorded_at)
       VALUES ($1, ($2 || '-01')::date, $3, $4, $5)
       ON CONFLICT (contract_id, month) DO UPDATE SET advance_kopecks = $4, advance_recorded_at = $5`,
      [row.id, month, amountKopecks, advance, context.now()],
    );
    const before = snapshot(row, month, amountKopecks, recorded);
    await writeAudit(manager, context.caller, {
      action: 'PAYMENT_ADVANCE_RECORDED',
      subjectId: row.id,
      before,
      after: { ...before, advanceKopecks: advance },
    });
  });
  return contractOf((await findContractRow(context.dataSource, contractId))!, context.identity);
}

/**
 * «Расчет» (the provider): what the month finally costs the certificate, at most its amount, after its advance.
 * It closes the month: the month's amount leaves the reserve, the settlement is spent, and what the settlement
 * leaves of the amount goes back to the balance (balance = nominal − reserved − spent). Audited in its transaction.
 */
export async function recordPaymentSettlement(
  context: NavigatorContext,
  contractId: string,
  month: string,
  settlementKopecks: number,
): Promise<Contract> {
  await context.dataSource.transaction(async (manager) => {
    const { row, amountKopecks, recorded } = await lockMonth(manager, context, contractId, month, SETTLEMENT_STATUSES);
    if (!recorded) {
      throw domainError(ErrorCode.AdvanceRequired, 'Сначала внесите аванс за этот месяц, затем расчет');
    }
    const settlement = checkedKopecks('settlementKopecks', 'Расчет', settlementKopecks, amountKopecks);
    await manager.query(
      `UPDATE navigator.contract_payments SET settlement_kopecks = $3, settled_at = $4
        WHERE contract_id = $1 AND month = ($2 || '-01')::date`,
      [row.id, month, settlement, context.now()],
    );
    const before = snapshot(row, month, amountKopecks, recorded);
    await writeAudit(manager, context.caller, {
      action: 'PAYMENT_SETTLED',
      subjectId: row.id,
      before,
      after: { ...before, settlementKopecks: settlement },
    });
  });
  return contractOf((await findContractRow(context.dataSource, contractId))!, context.identity);
}
