import { certificateHolderPasswordResetRoute, ErrorCode, Topic } from '@pfdo/contracts';
import {
  CREDENTIAL_HEADER,
  domainError,
  enqueueEvent,
  insertAuditEvent,
  invalidFields,
  mintServiceCredential,
} from '@pfdo/platform';
import { EmailContext } from '../context';
import { SCHEMA } from '../data-source';
import { regionMoment } from '../mail/region-moment';
import { holderPasswordResetMessage } from './holder-email.messages';
import { maskEmail } from './holder-email.service';
import { holderLinkLimits } from './holder-link-limits';
import { createHolderLink, markHolderLinkUsed, usableHolderLink } from './holder-links';

/** A reset link lives an hour: long enough to open the mail, short enough for a forgotten inbox. */
export const RESET_LINK_TTL_MS = 3600_000;

/**
 * «Забыли пароль?» on the sign-in page, for certificate holders: a one-time link to the cabinet's confirmed e-mail,
 * if the login has one. The answer is the same whether or not it does (and the limits count every login alike).
 */
export async function requestHolderPasswordReset(context: EmailContext, rawLogin: string): Promise<boolean> {
  const login = rawLogin.trim();
  if (!/^\d{10}$/.test(login)) {
    throw invalidFields({ login: 'Логин кабинета сертификата — номер сертификата, 10 цифр' });
  }
  await holderLinkLimits(context.dataSource).consumeReset(login, context.caller.clientIp);
  const { config } = context.runtime;
  const now = new Date();
  await context.dataSource.transaction(async (manager) => {
    const [holder]: Array<{ certificate_id: string; email: string }> = await manager.query(
      `SELECT certificate_id, email FROM email.holder_emails WHERE login = $1 FOR UPDATE`,
      [login],
    );
    if (!holder) return;
    const { token, expiresAt } = await createHolderLink(manager, {
      certificateId: holder.certificate_id,
      login,
      purpose: 'RESET',
      email: holder.email,
      now,
      ttlMs: RESET_LINK_TTL_MS,
    });
    const link = new URL('/navigator/reset-password', config.webUrl);
    link.searchParams.set('token', token);
    const message = holderPasswordResetMessage(holder.email, login, link.toString(), regionMoment(expiresAt));
    await enqueueEvent(manager, SCHEMA, Topic.sendMail, { ...message });
    await insertAuditEvent(manager, SCHEMA, context.caller, {
      action: 'HOLDER_PASSWORD_RESET_REQUESTED',
      subjectId: holder.certificate_id,
      after: { email: maskEmail(holder.email) },
    });
  });
  context.runtime.relay.nudge();
  return true;
}

interface ResetRefusal {
  error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}

/**
 * The reset link followed: the new password typed twice goes to the organizations subgraph (which owns the accounts
 * and the password rules, hashes it and ends the cabinet's sessions). The link is claimed first, in a transaction of
 * its own, so that two uses cannot both pass; should the organizations subgraph refuse the password or not answer,
 * the claim is given back and the link can be used again. No network call with a transaction open.
 */
export async function resetHolderPassword(
  context: EmailContext,
  token: string,
  newPassword: string,
  newPasswordRepeat: string,
): Promise<boolean> {
  const now = new Date();
  const link = await context.dataSource.transaction(async (manager) => {
    const usable = await usableHolderLink(manager, token, 'RESET', now);
    await markHolderLinkUsed(manager, usable.id, now);
    return usable;
  });
  const giveBack = () =>
    context.dataSource.query(
      `UPDATE email.holder_links SET status = 'PENDING', used_at = NULL WHERE id = $1 AND status = 'USED'`,
      [link.id],
    );
  const { config } = context.runtime;
  let response: Response;
  try {
    response = await fetch(
      new URL(certificateHolderPasswordResetRoute.path(link.certificate_id), config.organizationsUrl),
      {
        method: certificateHolderPasswordResetRoute.method,
        headers: {
          'content-type': 'application/json',
          [CREDENTIAL_HEADER]: await mintServiceCredential('email', config.gatewaySecret),
        },
        body: JSON.stringify({ login: link.login, newPassword, newPasswordRepeat }),
        signal: AbortSignal.timeout(5000),
      },
    );
  } catch {
    await giveBack();
    throw unavailable();
  }
  if (response.status === 400) {
    await giveBack();
    const refusal = certificateHolderPasswordResetRoute.refusal.safeParse(await response.json().catch(() => null));
    if (!refusal.success) throw unavailable();
    const { code, message, fields } = (refusal.data as ResetRefusal).error;
    throw domainError(code, message, fields ? { field: Object.keys(fields)[0], fields } : {});
  }
  if (response.status === 404) {
    throw domainError(
      ErrorCode.ConfirmationNotFound,
      'Кабинет сертификата не найден: возможно, сертификат аннулирован',
    );
  }
  if (response.status !== 204) {
    await giveBack();
    throw unavailable();
  }
  // The change itself is audited by the organizations subgraph, in its transaction (actor: this service).
  return true;
}

const unavailable = () =>
  domainError(
    ErrorCode.CertificateHolderUnavailable,
    'Не удалось изменить пароль личного кабинета сертификата: сервис не отвечает. Пароль не изменён, попробуйте ещё раз',
  );
