import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, invalidFields } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { NavigatorContext } from '../context';
import { notifyHolder } from '../notifications/certificate-notification';
import { ProgramRegistry } from '../programs/program-registry';
import { details, lockOwnContract, MAX_REFUSAL_REASON, releasePlace } from './contract-actions.service';
import { contractOf, findContractRow, kindOf, snapshotOf } from './contract-rows';
import {
  ContractAction,
  isAllowed,
  mayProlong,
  nextStatus,
  notAllowedIn,
  PROLONGATION_ACCEPT_DAYS,
} from './contract-state';
import { regionDay } from './contract-term';
import { Contract, ContractRow } from './contract.type';
import { prolongationReservation } from './prolongation-money';
import { prolongationTerm } from './prolongation-term';

const DAY_MS = 86_400_000;

interface NextGroup {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  title: string;
  registry: ProgramRegistry;
  price_kopecks: string | null;
  free: boolean;
}

/** The certificate's copy, locked (its money is counted and written one change after another); activated only. */
async function lockActivatedCertificate(manager: EntityManager, certificateId: string) {
  const [copy]: Array<{ certificate_id: string; status: string; municipality_id: string; group_name: string }> =
    await manager.query(
      `SELECT certificate_id, status, municipality_id, group_name FROM navigator.registered_certificates
        WHERE certificate_id = $1 FOR UPDATE`,
      [certificateId],
    );
  if (copy.status !== 'ACTIVATED') {
    throw domainError(
      ErrorCode.CertificateNotActivated,
      copy.status === 'FROZEN'
        ? 'Сертификат заморожен: пролонгировать договор по нему нельзя'
        : 'Сертификат не активирован: пролонгировать договор по нему нельзя',
      { certificateStatus: copy.status },
    );
  }
  return copy;
}

/**
 * The next period's group (docs/domain.md §6b): of the same program, the one that starts first after the
 * contract's end date, among those with a free place; its place is taken by a conditional UPDATE.
 */
async function takeNextGroup(manager: EntityManager, row: ContractRow): Promise<NextGroup> {
  const groups: NextGroup[] = await manager.query(
    `SELECT g.id, g.name, to_char(g.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(g.ends_on, 'YYYY-MM-DD') AS ends_on,
            p.title, p.registry, p.price_kopecks, g.places_taken < g.places_total AS free
       FROM navigator.program_groups g JOIN navigator.programs p ON p.id = g.program_id
      WHERE g.program_id = $1 AND g.starts_on > $2::date
      ORDER BY g.starts_on, g.name, g.id`,
    [row.program_id, row.ends_on],
  );
  if (groups.length === 0) {
    throw domainError(
      ErrorCode.NoNextPeriodGroup,
      'У программы нет группы на следующий период (с началом после окончания договора): добавьте её, чтобы пролонгировать договор',
    );
  }
  const group = groups.find((candidate) => candidate.free);
  const placed: unknown[] = group
    ? await manager.query(
        `WITH placed AS (
           UPDATE navigator.program_groups SET places_taken = places_taken + 1
            WHERE id = $1 AND places_taken < places_total RETURNING id)
         SELECT id FROM placed`,
        [group.id],
      )
    : [];
  if (!group || placed.length === 0) {
    throw domainError(ErrorCode.NoFreePlaces, 'В группах программы на следующий период не осталось свободных мест');
  }
  return group;
}

/**
 * «Пролонгировать» (the provider, seed 002: «задача пролонгации договора … должна решаться организациями без
 * Вашего участия»): an active contract of its own is continued in the program's group for the next period. The
 * prolongation is a new row, PENDING («Ожидающие подтверждения»), that the holder may refuse or accept; with no
 * refusal within 7 days of the navigator's clock the schedule accepts it. Its money is the next period's
 * (prolongation-money.ts). One transaction: the contract and the certificate locked, the place taken, the row
 * written, audited and told in the holder's feed.
 */
export async function prolongContract(context: NavigatorContext, id: string): Promise<Contract> {
  const identity = context.identity!;
  const now = context.now();
  const newId = randomUUID();
  await context.dataSource.transaction(async (manager) => {
    const row = await lockOwnContract(manager, identity, id);
    if (!mayProlong(row.status)) throw notAllowedIn(row.status);
    if (row.prolonged) {
      throw domainError(
        ErrorCode.ContractAlreadyProlonged,
        'Договор уже пролонгирован: пролонгация во вкладке «Ожидающие подтверждения» или «Подтвержденные заявки»',
      );
    }
    const copy = await lockActivatedCertificate(manager, row.certificate_id);
    const group = await takeNextGroup(manager, row);
    const term = prolongationTerm(
      { startsOn: group.starts_on, endsOn: group.ends_on },
      group.price_kopecks === null ? null : Number(group.price_kopecks),
    );
    const reservedKopecks = await prolongationReservation(manager, copy, group.registry, term, row.id, now);
    const acceptsAt = new Date(now.getTime() + PROLONGATION_ACCEPT_DAYS * DAY_MS);
    await manager.query(
      `INSERT INTO navigator.contracts (id, number, certificate_id, group_id, program_id, organization_id, registry,
         monthly_price_kopecks, cost_kopecks, reserved_kopecks, financial_year, months, starts_on, ends_on, requested_at,
         prolonged_from, accepts_at)
       VALUES ($1, $2::int::text || '-' || lpad(nextval('navigator.contract_numbers')::text, 6, '0'), $3, $4, $5, $6,
               $7, $8, $9, $10, $2::int, $11, $12, $13, $14, $15, $16)`,
      [
        newId,
        term.financialYear,
        row.certificate_id,
        group.id,
        row.program_id,
        row.organization_id,
        group.registry,
        term.monthlyPriceKopecks,
        term.costKopecks,
        reservedKopecks,
        term.months,
        term.startsOn,
        term.endsOn,
        now,
        row.id,
        acceptsAt,
      ],
    );
    const created = (await findContractRow(manager, newId))!;
    await writeAudit(manager, context.caller, {
      action: 'CONTRACT_PROLONGED',
      subjectId: newId,
      after: snapshotOf(created, { acceptsAt: acceptsAt.toISOString(), financialYear: term.financialYear }),
    });
    await notifyHolder(manager, row.certificate_id, {
      kind: 'PROLONGED',
      details: {
        number: created.number,
        programTitle: group.title,
        groupName: group.name,
        reservedKopecks,
        startsOn: term.startsOn,
        endsOn: term.endsOn,
        acceptsOn: regionDay(acceptsAt),
      },
    });
  });
  return contractOf((await findContractRow(context.dataSource, newId))!, identity);
}

/** «Принять» (the holder): the prolongation is accepted before its 7 days are over; it starts on its start date. */
export async function acceptProlongation(context: NavigatorContext, id: string): Promise<Contract> {
  const identity = context.identity!;
  const now = context.now();
  await context.dataSource.transaction(async (manager) => {
    const row = await lockOwnContract(manager, identity, id);
    if (!isAllowed(ContractAction.ACCEPT, row.status, kindOf(row))) throw notAllowedIn(row.status);
    const status = nextStatus(ContractAction.ACCEPT);
    await manager.query(`UPDATE navigator.contracts SET status = $2, confirmed_at = $3 WHERE id = $1`, [
      row.id,
      status,
      now,
    ]);
    await writeAudit(manager, context.caller, {
      action: 'PROLONGATION_ACCEPTED',
      subjectId: row.id,
      before: snapshotOf(row),
      after: snapshotOf(row, { status }),
    });
    await notifyHolder(manager, row.certificate_id, {
      kind: 'PROLONGATION_ACCEPTED',
      details: { ...(await details(manager, row)), startsOn: row.starts_on, byDefault: false },
    });
  });
  return contractOf((await findContractRow(context.dataSource, id))!, identity);
}

/**
 * «Отменить заявку» on a prolongation (the holder, seed 002: «Для отказа от обучения …»), the reason optional: the
 * place in the next period's group and the next period's money go back at once.
 */
export async function refuseProlongation(
  context: NavigatorContext,
  id: string,
  reason: string | null | undefined,
): Promise<Contract> {
  const identity = context.identity!;
  const text = (reason ?? '').trim() || null;
  if (text && text.length > MAX_REFUSAL_REASON) {
    throw invalidFields({ reason: `Причина отказа — не длиннее ${MAX_REFUSAL_REASON} символов` });
  }
  await context.dataSource.transaction(async (manager) => {
    const row = await lockOwnContract(manager, identity, id);
    if (kindOf(row) !== 'PROLONGATION') {
      throw domainError(
        ErrorCode.ActionNotAllowedInStatus,
        'Это заявка, а не пролонгация: отмените её кнопкой «Отменить заявку»',
        { status: row.status },
      );
    }
    if (!isAllowed(ContractAction.CANCEL, row.status, 'PROLONGATION')) throw notAllowedIn(row.status);
    const status = nextStatus(ContractAction.CANCEL);
    await manager.query(
      `UPDATE navigator.contracts SET status = $2, cancellation_reason = $3, closed_at = $4 WHERE id = $1`,
      [row.id, status, text, context.now()],
    );
    await releasePlace(manager, row.group_id);
    await writeAudit(manager, context.caller, {
      action: 'PROLONGATION_REFUSED',
      subjectId: row.id,
      before: snapshotOf(row),
      after: snapshotOf(row, { status, ...(text && { cancellationReason: text }) }),
    });
    await notifyHolder(manager, row.certificate_id, {
      kind: 'PROLONGATION_REFUSED',
      details: { ...(await details(manager, row)), reason: text },
    });
  });
  return contractOf((await findContractRow(context.dataSource, id))!, identity);
}
