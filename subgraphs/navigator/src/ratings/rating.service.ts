import { domainError, ErrorCode, invalidFields, isUuid } from '@pfdo/platform';
import { RatingSnapshot, writeAudit } from '../audit/audit';
import { NavigatorContext } from '../context';
import { contractOf, findContractRow } from '../contracts/contract-rows';
import { regionDay } from '../contracts/contract-term';
import { Contract, ContractRow } from '../contracts/contract.type';
import { ratingWindow, RatingWindowDays } from './rating-window';
import { ProgramRatingInput, RATING_PARAMETERS, RatingRow } from './rating.types';

const PARAMETER_LABELS: Record<(typeof RATING_PARAMETERS)[number], string> = {
  content: 'Содержание программы',
  teacher: 'Педагог',
  conditions: 'Условия обучения',
  result: 'Результат обучения',
};

const russianDay = (day: string) => day.split('-').reverse().join('.');

/** The window of a contract (its row, or the GraphQL object) at the navigator's «now». */
export function windowOf(
  contract: Pick<Contract, 'status' | 'endsOn' | 'closedAt'>,
  now: Date,
): RatingWindowDays | null {
  return ratingWindow(
    {
      status: contract.status,
      endsOn: contract.endsOn,
      closedOn: contract.closedAt ? regionDay(contract.closedAt) : null,
    },
    regionDay(now),
  );
}

function checkInput(input: ProgramRatingInput): void {
  const fields: Record<string, string> = {};
  for (const parameter of RATING_PARAMETERS) {
    const value = input[parameter];
    if (!Number.isInteger(value) || value < 0 || value > 100) {
      fields[parameter] = `${PARAMETER_LABELS[parameter]}: оценка от 0 до 100 %`;
    }
  }
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
}

function refuseOutside(window: RatingWindowDays | null): void {
  if (!window || window.state === 'NOT_OPEN') {
    throw domainError(ErrorCode.RatingNotOpen, 'Оценить программу можно после окончания обучения по договору');
  }
  if (window.state === 'OVER') {
    throw domainError(
      ErrorCode.RatingPeriodOver,
      `Оценить программу можно было не позднее месяца после окончания договора, по ${russianDay(window.closesOn)} включительно`,
      { closesOn: window.closesOn },
    );
  }
}

const snapshot = (row: Pick<RatingRow, 'content' | 'teacher' | 'conditions' | 'result'>): RatingSnapshot => ({
  content: row.content,
  teacher: row.teacher,
  conditions: row.conditions,
  result: row.result,
});

/**
 * «Оценить программу» → «Сохранить», and «Изменить оценку»: the holder's rating of his own contract's program, within
 * a month after the contract ends (rating-window.ts). Another's contract is not found, as an unknown one. One
 * transaction: the contract's row locked, the rating written, the audit beside it.
 */
export async function rateProgram(
  context: NavigatorContext,
  contractId: string,
  input: ProgramRatingInput,
): Promise<Contract> {
  const identity = context.identity!;
  checkInput(input);
  const now = context.now();
  const row = await context.dataSource.transaction(async (manager) => {
    const contract: ContractRow | null = isUuid(contractId) ? await findContractRow(manager, contractId, true) : null;
    if (!contract || identity.role !== 'CERTIFICATE_HOLDER' || contract.certificate_id !== identity.userId) {
      throw domainError(ErrorCode.NotFound, 'Договор не найден');
    }
    refuseOutside(windowOf({ status: contract.status, endsOn: contract.ends_on, closedAt: contract.closed_at }, now));
    const [before]: RatingRow[] = await manager.query(
      `SELECT * FROM navigator.program_ratings WHERE contract_id = $1 FOR UPDATE`,
      [contract.id],
    );
    await manager.query(
      `INSERT INTO navigator.program_ratings
         (contract_id, program_id, certificate_id, content, teacher, conditions, result, rated_at, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (contract_id) DO UPDATE SET content = $4, teacher = $5, conditions = $6, result = $7, changed_at = $8`,
      [
        contract.id,
        contract.program_id,
        contract.certificate_id,
        input.content,
        input.teacher,
        input.conditions,
        input.result,
        now,
      ],
    );
    await writeAudit(
      manager,
      context.caller,
      before
        ? { action: 'PROGRAM_RATING_CHANGED', subjectId: contract.id, before: snapshot(before), after: snapshot(input) }
        : { action: 'PROGRAM_RATED', subjectId: contract.id, after: snapshot(input) },
    );
    return contract;
  });
  return contractOf(row, identity);
}
