import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, isUuid } from '@pfdo/platform';
import { ContractSnapshot, writeAudit } from '../audit/audit';
import {
  certificateMoney,
  findCertificateSettings,
  findReservations,
  limitLeftKopecks,
} from '../cabinet/certificate-money';
import { NavigatorContext } from '../context';
import { notifyHolder } from '../notifications/certificate-notification';
import { ProgramRegistry } from '../programs/program-registry';
import { contractOf, findContractRow, snapshotOf } from './contract-rows';
import { LIVE_STATUSES } from './contract-state';
import { ContractTerm, contractTerm } from './contract-term';
import { Contract } from './contract.type';

interface GroupOfProgram {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  program_id: string;
  title: string;
  registry: ProgramRegistry;
  price_kopecks: string | null;
  organization_id: string;
}

const groupNotFound = () => domainError(ErrorCode.NotFound, 'Группа программы не найдена');

/** The certificate's own copy, locked: its requests are counted and written one after another. */
export async function lockCertificate(manager: EntityManager, certificateId: string) {
  const [copy]: Array<{ certificate_id: string; status: string; municipality_id: string; group_name: string }> =
    await manager.query(
      `SELECT certificate_id, status, municipality_id, group_name FROM navigator.registered_certificates
        WHERE certificate_id = $1 FOR UPDATE`,
      [certificateId],
    );
  if (!copy) {
    throw domainError(
      ErrorCode.CertificateNotInNavigator,
      'Данные сертификата ещё не поступили в навигатор из реестра сертификатов: подать заявку пока нельзя',
    );
  }
  if (copy.status === 'FROZEN' || copy.status === 'CONSENT_WITHDRAWN') {
    throw domainError(
      ErrorCode.CertificateNotActivated,
      copy.status === 'FROZEN'
        ? 'Сертификат заморожен: подать заявку на обучение по нему нельзя'
        : 'Согласие на обработку персональных данных отозвано: подать заявку по сертификату нельзя',
    );
  }
  return copy;
}

/**
 * What the request reserves of the certificate (docs/domain.md §6a), counted under the certificate's lock: a
 * certified program takes its cost within the balance (the family pays the rest); a budget program (значимые,
 * общеразвивающие) takes one of the setting's programs of its registry; a paid program is paid by the family and
 * takes nothing.
 */
async function reservationOf(
  manager: EntityManager,
  copy: { certificate_id: string; municipality_id: string; group_name: string },
  group: GroupOfProgram,
  term: ContractTerm,
  now: Date,
): Promise<number> {
  if (group.registry === ProgramRegistry.PAID) return 0;
  const setting = (
    await findCertificateSettings(manager, [{ municipalityId: copy.municipality_id, groupName: copy.group_name }], now)
  )
    .values()
    .next().value;
  if (!setting) {
    throw domainError(
      ErrorCode.CertificateGroupNotConfigured,
      'Муниципалитет ещё не настроил возможности группы сертификата: записаться можно только на платные программы',
    );
  }
  if (group.registry === ProgramRegistry.CERTIFIED) {
    // The municipality's limit is shared by its certificates: their certified reservations are counted one after
    // another (the certificate's own lock orders only its own requests).
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('navigator-money-limit:' || $1::text))`, [
      copy.municipality_id,
    ]);
    const reservation = (await findReservations(manager, [copy.certificate_id], now)).get(copy.certificate_id);
    const money = certificateMoney(setting, now, reservation);
    if (!money) {
      throw domainError(
        ErrorCode.MoneyLimitReached,
        'Лимит денежного обеспечения сертификатов муниципалитета достигнут: использовать деньги сертификата нельзя',
      );
    }
    if (term.costKopecks === 0) return 0;
    if (money.balanceKopecks <= 0) {
      throw domainError(
        ErrorCode.InsufficientBalance,
        'Остаток сертификата исчерпан: средств на оплату сертифицированной программы нет',
      );
    }
    // Within the balance, and within what the municipality's limit still covers (the family pays the rest).
    return Math.min(term.costKopecks, money.balanceKopecks, limitLeftKopecks(setting));
  }
  const allowance =
    group.registry === ProgramRegistry.SIGNIFICANT ? setting.significantPrograms : setting.generalPrograms;
  const [{ taken }]: Array<{ taken: number }> = await manager.query(
    `SELECT count(*)::int AS taken FROM navigator.contracts
      WHERE certificate_id = $1 AND registry = $2 AND status = ANY($3::text[])`,
    [copy.certificate_id, group.registry, LIVE_STATUSES],
  );
  if (taken >= allowance) {
    throw domainError(
      ErrorCode.BudgetProgramsExhausted,
      allowance === 0
        ? 'Сертификат не даёт бюджетных мест в программах этого реестра'
        : `Бюджетные места сертификата в программах этого реестра заняты: доступно ${allowance}, заявок и договоров ${taken}`,
    );
  }
  return 0;
}

/** Who files a request: the holder from his cabinet, or a provider on his behalf (protection/on-behalf.service.ts). */
export interface Filing {
  certificateId: string;
  groupId: string;
  /** Only a group of this organization's programs (a provider's request). */
  organizationId?: string;
  /** Checked under the certificate's lock, before anything is written (the holder's protection mode unchanged). */
  guard?: (manager: EntityManager) => Promise<void>;
  /** What the audit adds to the request's snapshot, and whether the feed says an organization filed it. */
  onBehalf?: ContractSnapshot['onBehalf'];
}

/**
 * «Записаться» (seed 002): the holder's request in a group of a program. An unactivated certificate may file one
 * (the provider cannot confirm it until activation).
 */
export async function createEnrollmentRequest(context: NavigatorContext, groupId: string): Promise<Contract> {
  return fileEnrollmentRequest(context, { certificateId: context.identity!.userId, groupId });
}

/**
 * A request in one transaction: the certificate's copy locked, the filing's guard checked, what it may reserve
 * counted, the group's place taken by a conditional UPDATE (the last place goes to one request), the request
 * written with its reservation, audited and told in the holder's feed.
 */
export async function fileEnrollmentRequest(context: NavigatorContext, filing: Filing): Promise<Contract> {
  const identity = context.identity!;
  const { groupId } = filing;
  if (!isUuid(groupId)) throw groupNotFound();
  const now = context.now();
  const id = randomUUID();
  await context.dataSource.transaction(async (manager) => {
    const copy = await lockCertificate(manager, filing.certificateId);
    await filing.guard?.(manager);
    const [group]: GroupOfProgram[] = await manager.query(
      `SELECT g.id, g.name, to_char(g.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(g.ends_on, 'YYYY-MM-DD') AS ends_on,
              p.id AS program_id, p.title, p.registry, p.price_kopecks, p.organization_id
         FROM navigator.program_groups g JOIN navigator.programs p ON p.id = g.program_id WHERE g.id = $1`,
      [groupId],
    );
    if (!group || (filing.organizationId && group.organization_id !== filing.organizationId)) throw groupNotFound();
    const term = contractTerm(
      { startsOn: group.starts_on, endsOn: group.ends_on },
      group.price_kopecks === null ? null : Number(group.price_kopecks),
      now,
    );
    const existing: unknown[] = await manager.query(
      `SELECT 1 FROM navigator.contracts WHERE certificate_id = $1 AND group_id = $2 AND status = ANY($3::text[])`,
      [copy.certificate_id, groupId, LIVE_STATUSES],
    );
    if (existing.length > 0) {
      throw domainError(ErrorCode.EnrollmentExists, 'Заявка в эту группу уже подана: она в разделе «Договоры»');
    }
    const reservedKopecks = await reservationOf(manager, copy, group, term, now);
    // A SELECT over the UPDATE: TypeORM hands an UPDATE's answer back as [rows, count], never empty.
    const placed: unknown[] = await manager.query(
      `WITH placed AS (
         UPDATE navigator.program_groups SET places_taken = places_taken + 1
          WHERE id = $1 AND places_taken < places_total RETURNING id)
       SELECT id FROM placed`,
      [groupId],
    );
    if (placed.length === 0) throw domainError(ErrorCode.NoFreePlaces, 'В группе не осталось свободных мест');
    await manager.query(
      `INSERT INTO navigator.contracts (id, number, certificate_id, group_id, program_id, organization_id, registry,
         monthly_price_kopecks, cost_kopecks, reserved_kopecks, financial_year, months, starts_on, ends_on, requested_at)
       VALUES ($1, $2::int::text || '-' || lpad(nextval('navigator.contract_numbers')::text, 6, '0'), $3, $4, $5, $6,
               $7, $8, $9, $10, $2::int, $11, $12, $13, $14)`,
      [
        id,
        term.financialYear,
        copy.certificate_id,
        groupId,
        group.program_id,
        group.organization_id,
        group.registry,
        term.monthlyPriceKopecks,
        term.costKopecks,
        reservedKopecks,
        term.months,
        term.startsOn,
        term.endsOn,
        now,
      ],
    );
    const row = (await findContractRow(manager, id))!;
    await writeAudit(manager, context.caller, {
      action: 'ENROLLMENT_REQUESTED',
      subjectId: id,
      after: snapshotOf(row, filing.onBehalf ? { onBehalf: filing.onBehalf } : {}),
    });
    await notifyHolder(manager, copy.certificate_id, {
      kind: 'REQUEST_FILED',
      details: {
        number: row.number,
        programTitle: group.title,
        groupName: group.name,
        reservedKopecks,
        ...(filing.onBehalf ? { filedByOrganization: true } : {}),
      },
    });
  });
  return contractOf((await findContractRow(context.dataSource, id))!, identity);
}
