import { EntityManager } from 'typeorm';
import {
  certificateHolderPasswordRoute,
  CertificateHolderPassword,
  checkBody,
  ErrorCode,
  navigatorCertificateBlockersRoute,
  NavigatorCertificateBlockers,
  Topic,
} from '@pfdo/contracts';
import {
  CREDENTIAL_HEADER,
  domainError,
  enqueueEvent,
  hashPassword,
  Identity,
  invalidFields,
  mintServiceCredential,
} from '@pfdo/platform';
import { newCabinetPassword } from '../applications/numbers';
import { writeAudit } from '../audit/audit';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { certificateInScope } from '../certificates/certificate-scope';
import { CERTIFICATE_STATUS_NAMES, CertificateStatus } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { ChildEntity } from '../children/child.entity';
import { fullNameOf } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
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
    return changeStatus(context, manager, certificate, status, {
      action: 'CERTIFICATE_FROZEN',
      after: { status, reason: trimmed },
    });
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

/** A password a person typed for the navigator cabinet: the rules of the generated one, loosened for typing. */
export function passwordProblems(password: string, repeat: string | null | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!password) errors.password = 'Введите новый пароль';
  else if (/\s/.test(password)) errors.password = 'Пароль не должен содержать пробелов';
  else if (password.length < 8) errors.password = 'Пароль должен быть не короче 8 символов';
  else if (password.length > 64) errors.password = 'Пароль должен быть не длиннее 64 символов';
  else if (!/\p{L}/u.test(password) || !/\d/.test(password))
    errors.password = 'Пароль должен содержать и буквы, и цифры';
  if (!errors.password && password !== (repeat ?? ''))
    errors.passwordRepeat = 'Пароли не совпадают: введите новый пароль ещё раз';
  return errors;
}

/** The cabinet's new password hash, sent to the organizations subgraph, which ends the cabinet's sessions. */
async function putHolderPassword(context: CertificatesContext, certificateId: string, body: CertificateHolderPassword) {
  const { config } = context.runtime;
  const unavailable = () =>
    domainError(
      ErrorCode.CertificateHolderUnavailable,
      'Не удалось изменить пароль личного кабинета сертификата: сервис не отвечает. Пароль не изменён, попробуйте ещё раз',
    );
  let response: Response;
  try {
    response = await fetch(new URL(certificateHolderPasswordRoute.path(certificateId), config.organizationsUrl), {
      method: certificateHolderPasswordRoute.method,
      headers: {
        'content-type': 'application/json',
        [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', config.gatewaySecret),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw unavailable();
  }
  if (response.status !== 204) throw unavailable();
}

export interface IssuedExtract {
  certificate: CertificateEntity;
  password: string;
  pdf: Buffer;
}

/**
 * «Сформировать новую выписку/Изменить пароль» (seed 001): the navigator cabinet gets a new password (typed
 * twice, or generated here), its old password and sessions end at once, and the extract is rendered with it.
 * The password is never stored in the clear: only its hash leaves for the organizations subgraph, and the
 * extract is rendered in this request and answered to the operator who set it, then forgotten. Nothing is
 * called with a transaction open: the certificate is read and checked, the cabinet changed, the change audited.
 */
export async function issueCertificateExtract(
  context: CertificatesContext,
  certificateId: string,
  typed: { password?: string | null; passwordRepeat?: string | null },
): Promise<IssuedExtract> {
  const identity: Identity = context.identity!;
  if (typed.password !== null && typed.password !== undefined) {
    const errors = passwordProblems(typed.password, typed.passwordRepeat);
    if (Object.keys(errors).length) throw invalidFields(errors);
  }
  const manager = context.dataSource.manager;
  const certificate = await certificateInScope(manager, identity, certificateId);
  certificateStatusAfter(certificate.status, CertificateAction.NEW_EXTRACT);
  const child = await manager.findOneByOrFail(ChildEntity, { id: certificate.childId });
  const group = await manager.findOneByOrFail(CertificateGroupEntity, { id: certificate.groupId });
  const password = typed.password ?? newCabinetPassword();
  const generated = typed.password === null || typed.password === undefined;
  await putHolderPassword(context, certificate.id, {
    number: certificate.number,
    passwordHash: await hashPassword(password),
    childFullName: fullNameOf(child),
    municipalityId: certificate.municipalityId,
  });
  await context.dataSource.transaction((audit) =>
    writeAudit(audit, context.caller, {
      action: 'EXTRACT_ISSUED',
      subjectId: certificate.id,
      // Never the password: only how it was chosen.
      after: { number: certificate.number, password: generated ? 'generated' : 'typed' },
    }),
  );
  const pdf = await context.runtime.forms.render({
    kind: 'certificate-extract',
    number: certificate.number,
    childFullName: fullNameOf(child),
    childBirthDate: child.birthDate,
    groupName: group.name,
    municipalityName: await context.runtime.municipalities.nameOf(certificate.municipalityId).catch(() => 'не указан'),
    statusName: CERTIFICATE_STATUS_NAMES[certificate.status],
    login: certificate.number,
    password,
    issuedAt: new Date(),
  });
  return { certificate, password, pdf };
}
