import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, Identity, invalidFields, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { NavigatorContext } from '../context';
import { notifyHolder, RequestDetails } from '../notifications/certificate-notification';
import { contractOf, findContractRow, kindOf, requestNames, snapshotOf } from './contract-rows';
import { ContractAction, isAllowed, nextStatus, notAllowedIn } from './contract-state';
import { Contract, ContractRow } from './contract.type';

export const MAX_REFUSAL_REASON = 1000;

/**
 * Seed 002: «Организация не сможет Вас зачислить на образовательную программу, если Ваш сертификат не
 * активирован, даже несмотря на то, что заявку на зачисление подать Вы сможете».
 */
export const NOT_ACTIVATED_REASON =
  'Организация не сможет зачислить ребёнка на образовательную программу, пока сертификат не активирован, ' +
  'даже несмотря на то, что заявку на зачисление подать можно';

const notFound = () => domainError(ErrorCode.NotFound, 'Заявка не найдена');

/** The caller's own request, its row locked: a holder's by his certificate, a provider's by its organization. */
export async function lockOwnContract(manager: EntityManager, identity: Identity, id: string): Promise<ContractRow> {
  const row = isUuid(id) ? await findContractRow(manager, id, true) : null;
  const own =
    row &&
    ((identity.role === 'CERTIFICATE_HOLDER' && row.certificate_id === identity.userId) ||
      (identity.role === 'PROVIDER' && !!identity.organizationId && row.organization_id === identity.organizationId));
  if (!own) throw notFound();
  return row;
}

export async function details(manager: EntityManager, row: ContractRow): Promise<RequestDetails> {
  return {
    number: row.number,
    ...(await requestNames(manager, row.group_id)),
    reservedKopecks: Number(row.reserved_kopecks),
  };
}

/** Gives the group's place back (refusal, cancellation); the reservation is released with the live status. */
export async function releasePlace(manager: EntityManager, groupId: string): Promise<void> {
  await manager.query(`UPDATE navigator.program_groups SET places_taken = places_taken - 1 WHERE id = $1`, [groupId]);
}

/**
 * «Подтвердить» (the provider): the contract is made, only on an activated certificate (not frozen). Its money
 * and place were reserved by the request itself, so the confirmation cannot overspend them.
 */
export async function confirmEnrollmentRequest(context: NavigatorContext, id: string): Promise<Contract> {
  const identity = context.identity!;
  const now = context.now();
  await context.dataSource.transaction(async (manager) => {
    const row = await lockOwnContract(manager, identity, id);
    if (!isAllowed(ContractAction.CONFIRM, row.status, kindOf(row))) throw notAllowedIn(row.status);
    const [copy]: Array<{ status: string }> = await manager.query(
      `SELECT status FROM navigator.registered_certificates WHERE certificate_id = $1 FOR SHARE`,
      [row.certificate_id],
    );
    if (copy.status !== 'ACTIVATED') {
      throw domainError(
        ErrorCode.CertificateNotActivated,
        copy.status === 'FROZEN'
          ? 'Сертификат заморожен: зачисление по нему невозможно'
          : copy.status === 'CONSENT_WITHDRAWN'
            ? 'Согласие на обработку персональных данных отозвано: зачисление по сертификату невозможно'
            : NOT_ACTIVATED_REASON,
        { certificateStatus: copy.status },
      );
    }
    const status = nextStatus(ContractAction.CONFIRM);
    await manager.query(`UPDATE navigator.contracts SET status = $2, confirmed_at = $3 WHERE id = $1`, [
      row.id,
      status,
      now,
    ]);
    await writeAudit(manager, context.caller, {
      action: 'ENROLLMENT_CONFIRMED',
      subjectId: row.id,
      before: snapshotOf(row),
      after: snapshotOf(row, { status }),
    });
    await notifyHolder(manager, row.certificate_id, {
      kind: 'REQUEST_CONFIRMED',
      details: await details(manager, row),
    });
  });
  return contractOf((await findContractRow(context.dataSource, id))!, identity);
}

/** «Отказать» with a reason (the provider): the place and the reservation are given back at once. */
export async function refuseEnrollmentRequest(
  context: NavigatorContext,
  id: string,
  reason: string,
): Promise<Contract> {
  const identity = context.identity!;
  const text = (reason ?? '').trim();
  if (text.length === 0) throw invalidFields({ reason: 'Укажите причину отказа' });
  if (text.length > MAX_REFUSAL_REASON) {
    throw invalidFields({ reason: `Причина отказа — не длиннее ${MAX_REFUSAL_REASON} символов` });
  }
  await context.dataSource.transaction(async (manager) => {
    const row = await lockOwnContract(manager, identity, id);
    if (!isAllowed(ContractAction.REFUSE, row.status, kindOf(row))) throw notAllowedIn(row.status);
    const status = nextStatus(ContractAction.REFUSE);
    await manager.query(
      `UPDATE navigator.contracts SET status = $2, refusal_reason = $3, closed_at = $4 WHERE id = $1`,
      [row.id, status, text, context.now()],
    );
    await releasePlace(manager, row.group_id);
    await writeAudit(manager, context.caller, {
      action: 'ENROLLMENT_REFUSED',
      subjectId: row.id,
      before: snapshotOf(row),
      after: snapshotOf(row, { status, refusalReason: text }),
    });
    await notifyHolder(manager, row.certificate_id, {
      kind: 'REQUEST_REFUSED',
      details: { ...(await details(manager, row)), reason: text },
    });
  });
  return contractOf((await findContractRow(context.dataSource, id))!, identity);
}

/** «Отменить заявку» (the holder): a request or a confirmed contract; the place and the reservation go back. */
export async function cancelEnrollmentRequest(context: NavigatorContext, id: string): Promise<Contract> {
  const identity = context.identity!;
  await context.dataSource.transaction(async (manager) => {
    const row = await lockOwnContract(manager, identity, id);
    if (!isAllowed(ContractAction.CANCEL, row.status, kindOf(row))) throw notAllowedIn(row.status);
    const status = nextStatus(ContractAction.CANCEL);
    await manager.query(`UPDATE navigator.contracts SET status = $2, closed_at = $3 WHERE id = $1`, [
      row.id,
      status,
      context.now(),
    ]);
    await releasePlace(manager, row.group_id);
    await writeAudit(manager, context.caller, {
      action: 'ENROLLMENT_CANCELLED',
      subjectId: row.id,
      before: snapshotOf(row),
      after: snapshotOf(row, { status }),
    });
    await notifyHolder(manager, row.certificate_id, {
      kind: 'REQUEST_CANCELLED',
      details: await details(manager, row),
    });
  });
  return contractOf((await findContractRow(context.dataSource, id))!, identity);
}
