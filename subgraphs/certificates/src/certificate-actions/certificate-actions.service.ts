import { EntityManager } from 'typeorm';
import {
  checkBody,
  ErrorCode,
  navigatorCertificateBlockersRoute,
  NavigatorCertificateBlockers,
  Topic,
} from '@pfdo/contracts';
import { CREDENTIAL_HEADER, domainError, enqueueEvent, invalidFields, mintServiceCredential } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { certificateInScope } from '../certificates/certificate-scope';
import { CertificateStatus } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
import { requestCertificateStatusMail } from '../status-mails/status-mail';
import { CertificateAction, certificateStatusAfter } from './certificate-actions';

/** The longest reason for a freeze: a paragraph citing the municipal regulation, as a refusal's reason. */
export const FREEZE_REASON_MAX = 1000;

/** The certificate a page of its actions shows (by its number), if the caller acts in its municipality. */
export async function certificateByNumber(context: CertificatesContext, number: string) {
  const identity = context.identity!;
  const digits = number.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  const certificate = await context.dataSource.manager.findOneBy(CertificateEntity, { number: digits });
  if (!certificate) return null;
  try {
    return await certificateInScope(context.dataSource.manager, identity, certificate.id);
  } catch {
    return null;
  }
}

/**
 * «Заморозить» (seed 001): an activated certificate is frozen for a reason the operator must give and confirm.
 * The audit event keeps the reason with the operator, his IP address and the time; the navigator's copy is
 * told through the outbox, so that a frozen certificate is not used for enrollment.
 */
export async function freezeCertificate(
  context: CertificatesContext,
  certificateId: string,
  reason: string,
  confirmed: boolean,
): Promise<CertificateEntity> {
  const identity = context.identity!;
  const trimmed = reason.trim();
  const errors: Record<string, string> = {};
  if (!trimmed) errors.reason = 'Укажите причины заморозки сертификата';
  else if (trimmed.length > FREEZE_REASON_MAX)
    errors.reason = `Причина заморозки — не длиннее ${FREEZE_REASON_MAX} символов`;
  if (!confirmed) errors.confirmed = 'Подтвердите основания для заморозки сертификата';
  if (Object.keys(errors).length) throw invalidFields(errors);
  const frozen = await context.dataSource.transaction(async (manager) => {
    const certificate = await certificateInScope(manager, identity, certificateId, { lock: true });
    const status = certificateStatusAfter(certificate.status, CertificateAction.FREEZE);
    const changed = await changeStatus(context, manager, certificate, status, {
      action: 'CERTIFICATE_FROZEN',
      after: { status, reason: trimmed },
    });
    await requestCertificateStatusMail(manager, certificate, 'CERTIFICATE_FROZEN', { reason: trimmed });
    return changed;
  });
  context.runtime.relay.nudge();
  return frozen;
}

/** A certificate's new status, its audit event and the navigator's notice, in the caller's transaction. */
async function changeStatus(
  context: CertificatesContext,
  manager: EntityManager,
  certificate: CertificateEntity,
  status: CertificateStatus,
  audit: { action: 'CERTIFICATE_FROZEN' | 'CONSENT_WITHDRAWN'; after: Record<string, unknown> },
): Promise<CertificateEntity> {
  await manager.update(CertificateEntity, { id: certificate.id }, { status });
  await writeAudit(manager, context.caller, {
    action: audit.action,
    subjectId: certificate.id,
    before: { status: certificate.status },
    after: audit.after,
  });
  await enqueueEvent(manager, SCHEMA, Topic.certificateStatusChanged, {
    certificateId: certificate.id,
    number: certificate.number,
    status,
  });
  return manager.findOneByOrFail(CertificateEntity, { id: certificate.id });
}

/** What the navigator holds for the certificate that forbids withdrawing the consent; asked with no transaction open. */
async function navigatorBlockers(context: CertificatesContext, certificateId: string) {
  const { config } = context.runtime;
  const unavailable = () =>
    domainError(
      ErrorCode.NavigatorUnavailable,
      'Не удалось проверить заявки и договоры сертификата в ПФДО: навигатор не отвечает. Попробуйте ещё раз',
    );
  let response: Response;
  try {
    response = await fetch(new URL(navigatorCertificateBlockersRoute.path(certificateId), config.navigatorUrl), {
      headers: { [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', config.gatewaySecret) },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw unavailable();
  }
  if (!response.ok) throw unavailable();
  const answer = checkBody(navigatorCertificateBlockersRoute.response, await response.json().catch(() => null));
  if (!answer.ok) throw unavailable();
  return answer.value;
}

/** «по сертификату есть заявки на обучение (2), активные договоры (1)», or null when nothing blocks. */
export function describeBlockers(blockers: NavigatorCertificateBlockers): string | null {
  const parts = [
    blockers.enrollmentRequests > 0 ? `заявки на обучение (${blockers.enrollmentRequests})` : null,
    blockers.enrollments > 0 ? `зачисления (${blockers.enrollments})` : null,
    blockers.activeContracts > 0 ? `активные договоры (${blockers.activeContracts})` : null,
  ].filter(Boolean);
  return parts.length ? `по сертификату есть ${parts.join(', ')}` : null;
}

/**
 * «Отозвать согласие» (seed 001): only while the navigator has no enrollment requests, enrollments or active
 * contracts for the certificate. The navigator is asked first, with no transaction open; the status is then
 * checked again under the lock and changed, audited and announced in one transaction.
 */
export async function withdrawCertificateConsent(
  context: CertificatesContext,
  certificateId: string,
): Promise<CertificateEntity> {
  const identity = context.identity!;
  const before = await certificateInScope(context.dataSource.manager, identity, certificateId);
  certificateStatusAfter(before.status, CertificateAction.WITHDRAW_CONSENT);
  const blocked = describeBlockers(await navigatorBlockers(context, before.id));
  if (blocked) {
    throw domainError(ErrorCode.ConsentWithdrawalBlocked, `Отозвать согласие нельзя: ${blocked}`, {
      field: 'certificateId',
    });
  }
  const withdrawn = await context.dataSource.transaction(async (manager) => {
    const certificate = await certificateInScope(manager, identity, certificateId, { lock: true });
    const status = certificateStatusAfter(certificate.status, CertificateAction.WITHDRAW_CONSENT);
    return changeStatus(context, manager, certificate, status, { action: 'CONSENT_WITHDRAWN', after: { status } });
  });
  context.runtime.relay.nudge();
  return withdrawn;
}
