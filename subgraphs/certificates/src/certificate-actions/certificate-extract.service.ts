import { EntityManager } from 'typeorm';
import { certificateHolderPasswordRoute, CertificateHolderPassword, ErrorCode, Topic } from '@pfdo/contracts';
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
import { CERTIFICATE_STATUS_NAMES } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { ChildEntity } from '../children/child.entity';
import { fullNameOf } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { SCHEMA } from '../data-source';
import { requestCertificateStatusMail } from '../status-mails/status-mail';
import { CertificateAction, certificateStatusAfter } from './certificate-actions';

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

/**
 * The representative's e-mail for each certificate: the latest address a representative confirmed in one of
 * the certificate's applications (the one that issued it, or a later change request). Unconfirmed addresses
 * are never used: a password goes only where its owner has shown he reads the mail.
 */
export async function representativeEmails(
  manager: EntityManager,
  certificateIds: readonly string[],
): Promise<Map<string, string>> {
  const rows: Array<{ certificateId: string; email: string }> = await manager.query(
    `SELECT DISTINCT ON (certificate_id) certificate_id AS "certificateId", applicant_email AS email
       FROM certificates.applications
      WHERE certificate_id = ANY($1::uuid[]) AND applicant_email IS NOT NULL AND email_confirmed_at IS NOT NULL
      ORDER BY certificate_id, email_confirmed_at DESC, id`,
    [[...certificateIds]],
  );
  return new Map(rows.map((row) => [row.certificateId, row.email]));
}

/** «ivanova@mail.ru» → «i*****@mail.ru»: enough for an operator to tell the parent where to look, no more. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}${'*'.repeat(Math.min(Math.max(at - 1, 3), 8))}${email.slice(at)}`;
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
  /** The masked address the extract is being e-mailed to; null when it was not asked for. */
  emailedTo: string | null;
}

/**
 * «Сформировать новую выписку/Изменить пароль» (seed 001): the navigator cabinet gets a new password (typed
 * twice, or generated here), its old password and sessions end at once, and the extract is rendered with it.
 * Only the password's hash leaves for the organizations subgraph; the extract is answered to the operator who
 * set it and, when asked, e-mailed to the representative's confirmed address through the outbox, which drops
 * the extract once the e-mail subgraph has it. Nothing is called with a transaction open: the certificate is
 * read and checked (and its e-mail found) before anything changes; the cabinet is changed; the extract
 * rendered; then the audit event and the e-mail's event are written in one transaction.
 */
export async function issueCertificateExtract(
  context: CertificatesContext,
  certificateId: string,
  typed: { password?: string | null; passwordRepeat?: string | null },
  sendByEmail = false,
): Promise<IssuedExtract> {
  const identity: Identity = context.identity!;
  if (typed.password !== null && typed.password !== undefined) {
    const errors = passwordProblems(typed.password, typed.passwordRepeat);
    if (Object.keys(errors).length) throw invalidFields(errors);
  }
  const manager = context.dataSource.manager;
  const certificate = await certificateInScope(manager, identity, certificateId);
  return issueExtractOf(context, certificate, typed, sendByEmail);
}

/**
 * The extract of a certificate the caller may act on (an operator's in his scope, or the holder's own): the steps
 * of issueCertificateExtract after the scope's check.
 */
export async function issueExtractOf(
  context: CertificatesContext,
  certificate: CertificateEntity,
  typed: { password?: string | null; passwordRepeat?: string | null },
  sendByEmail = false,
): Promise<IssuedExtract> {
  const manager = context.dataSource.manager;
  certificateStatusAfter(certificate.status, CertificateAction.NEW_EXTRACT);
  const to = sendByEmail ? (await representativeEmails(manager, [certificate.id])).get(certificate.id) : undefined;
  if (sendByEmail && !to) {
    throw domainError(
      ErrorCode.RepresentativeEmailMissing,
      'В заявлениях по сертификату нет подтверждённой электронной почты представителя: выписку можно только скачать и передать лично. Пароль не изменён',
      { field: 'sendByEmail' },
    );
  }
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
  const emailedTo = to ? maskEmail(to) : null;
  await context.dataSource.transaction(async (audit) => {
    await writeAudit(audit, context.caller, {
      action: 'EXTRACT_ISSUED',
      subjectId: certificate.id,
      // Never the password: only how it was chosen, and where the extract went.
      after: {
        number: certificate.number,
        password: generated ? 'generated' : 'typed',
        ...(emailedTo && { emailedTo }),
      },
    });
    if (to) {
      await enqueueEvent(audit, SCHEMA, Topic.certificateExtractMailRequested, {
        certificateId: certificate.id,
        number: certificate.number,
        to,
        childFullName: fullNameOf(child),
        extractPdfBase64: pdf.toString('base64'),
      });
    } else {
      // Handed over in person: the representative still hears that the old password no longer works.
      await requestCertificateStatusMail(audit, certificate, 'EXTRACT_ISSUED');
    }
  });
  context.runtime.relay.nudge();
  return { certificate, password, pdf, emailedTo };
}
