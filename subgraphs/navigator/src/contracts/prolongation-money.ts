import { EntityManager } from 'typeorm';
import { domainError, ErrorCode } from '@pfdo/platform';
import { regionYearMonth } from '../cabinet/available-nominal';
import {
  CertificateSetting,
  certificateMoney,
  findCertificateSettings,
  findReservations,
} from '../cabinet/certificate-money';
import { ProgramRegistry } from '../programs/program-registry';
import { LIVE_STATUSES } from './contract-state';
import { ContractTerm } from './contract-term';

interface LockedCopy {
  certificate_id: string;
  municipality_id: string;
  group_name: string;
}

/**
 * What a prolongation reserves, counted under the certificate's lock (docs/domain.md §6b):
 * - a certified program, in the financial year its term is in. For the current year (a prolongation into a group
 *   that starts later this year) that is the balance, as for a request. For a later year it is that year's money:
 *   the setting's nominal whole (the year has not begun, and a program is chosen for it, so the nominal does not
 *   fall) less what that year's live prolongations already hold — never this year's balance, which `findReservations`
 *   counts by financial year and therefore does not see it. The family pays the rest, as for a request;
 * - a budget program (значимые, общеразвивающие): one of the setting's programs of its registry, the contract it
 *   continues not counted (it ends before the prolongation starts);
 * - a paid program: nothing.
 */
export async function prolongationReservation(
  manager: EntityManager,
  copy: LockedCopy,
  registry: ProgramRegistry,
  term: ContractTerm,
  continuedId: string,
  now: Date,
): Promise<number> {
  if (registry === ProgramRegistry.PAID) return 0;
  const [setting] = [
    ...(
      await findCertificateSettings(
        manager,
        [{ municipalityId: copy.municipality_id, groupName: copy.group_name }],
        now,
      )
    ).values(),
  ];
  if (!setting) {
    throw domainError(
      ErrorCode.CertificateGroupNotConfigured,
      'Муниципалитет не настроил возможности группы сертификата: пролонгировать можно только платную программу',
    );
  }
  if (registry === ProgramRegistry.CERTIFIED) {
    if (term.costKopecks === 0) return 0;
    const available = await availableFor(manager, copy, setting, term.financialYear, now);
    if (available <= 0) {
      throw domainError(
        ErrorCode.InsufficientBalance,
        `Средств сертификата на ${term.financialYear} год на оплату сертифицированной программы не осталось`,
      );
    }
    return Math.min(term.costKopecks, available);
  }
  const allowance = registry === ProgramRegistry.SIGNIFICANT ? setting.significantPrograms : setting.generalPrograms;
  const [{ taken }]: Array<{ taken: number }> = await manager.query(
    `SELECT count(*)::int AS taken FROM navigator.contracts
      WHERE certificate_id = $1 AND registry = $2 AND status = ANY($3::text[]) AND id <> $4`,
    [copy.certificate_id, registry, LIVE_STATUSES, continuedId],
  );
  if (taken >= allowance) {
    throw domainError(
      ErrorCode.BudgetProgramsExhausted,
      `Бюджетные места сертификата в программах этого реестра заняты: доступно ${allowance}, заявок и договоров ${taken}`,
    );
  }
  return 0;
}

async function availableFor(
  manager: EntityManager,
  copy: LockedCopy,
  setting: CertificateSetting,
  financialYear: number,
  now: Date,
): Promise<number> {
  if (financialYear <= regionYearMonth(now).year) {
    const reservation = (await findReservations(manager, [copy.certificate_id], now)).get(copy.certificate_id);
    const money = certificateMoney(setting, now, reservation);
    if (!money) {
      throw domainError(
        ErrorCode.MoneyLimitReached,
        'Лимит денежного обеспечения сертификатов муниципалитета достигнут: использовать деньги сертификата нельзя',
      );
    }
    return money.balanceKopecks;
  }
  const [{ reserved }]: Array<{ reserved: string }> = await manager.query(
    `SELECT coalesce(sum(reserved_kopecks), 0)::text AS reserved FROM navigator.contracts
      WHERE certificate_id = $1 AND financial_year = $2 AND status = ANY($3::text[])`,
    [copy.certificate_id, financialYear, LIVE_STATUSES],
  );
  return Number(setting.nominalKopecks) - Number(reserved);
}
