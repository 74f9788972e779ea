import { Topic } from '@pfdo/contracts';
import { domainError, enqueueEvent, ErrorCode, insertAuditEvent, invalidFields } from '@pfdo/platform';
import { EmailContext } from '../context';
import { SCHEMA } from '../data-source';
import { regionMoment } from '../mail/region-moment';
import { holderEmailConfirmationMessage } from './holder-email.messages';
import { HolderEmail } from './holder-email.type';
import { holderLinkLimits } from './holder-link-limits';
import { createHolderLink, markHolderLinkUsed, usableHolderLink } from './holder-links';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function checkedEmail(raw: string): string {
  const email = raw.trim();
  if (!email) throw invalidFields({ email: 'Укажите адрес электронной почты' });
  if (email.length > 254 || !EMAIL.test(email))
    throw invalidFields({ email: 'Адрес электронной почты указан неверно' });
  return email;
}

/** «ivanova@mail.ru» → «i*****@mail.ru»: what the audit log keeps of an address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}${'*'.repeat(Math.min(Math.max(at - 1, 3), 8))}${email.slice(at)}`;
}

/** The cabinet's confirmed address and the one waiting for its link, if any. */
export async function myHolderEmail(context: EmailContext): Promise<HolderEmail> {
  const certificateId = context.identity!.userId;
  const [confirmed]: Array<{ email: string; confirmed_at: Date }> = await context.dataSource.query(
    `SELECT email, confirmed_at FROM email.holder_emails WHERE certificate_id = $1`,
    [certificateId],
  );
  const [pending]: Array<{ email: string }> = await context.dataSource.query(
    `SELECT email FROM email.holder_links
      WHERE certificate_id = $1 AND purpose = 'CONFIRM' AND status = 'PENDING' AND expires_at > now()`,
    [certificateId],
  );
  return Object.assign(new HolderEmail(), {
    email: confirmed?.email ?? null,
    confirmedAt: confirmed?.confirmed_at ?? null,
    pendingEmail: pending?.email ?? null,
  });
}

/**
 * «Электронная почта» → «Изменить»: a one-time link to the new address (the e-mail queued through the outbox in the
 * link's transaction), limited per cabinet; the confirmed address stays until the link is followed. Audited.
 */
export async function requestHolderEmailChange(context: EmailContext, rawEmail: string): Promise<HolderEmail> {
  const identity = context.identity!;
  const email = checkedEmail(rawEmail);
  await holderLinkLimits(context.dataSource).consumeConfirmation(identity.userId);
  const { config } = context.runtime;
  const now = new Date();
  await context.dataSource.transaction(async (manager) => {
    const { token, expiresAt } = await createHolderLink(manager, {
      certificateId: identity.userId,
      login: identity.login,
      purpose: 'CONFIRM',
      email,
      now,
      ttlMs: config.confirmationTtlHours * 3600_000,
    });
    const link = new URL('/navigator/settings/confirm-email', config.webUrl);
    link.searchParams.set('token', token);
    const message = holderEmailConfirmationMessage(email, identity.login, link.toString(), regionMoment(expiresAt));
    await enqueueEvent(manager, SCHEMA, Topic.sendMail, { ...message });
    await insertAuditEvent(manager, SCHEMA, context.caller, {
      action: 'HOLDER_EMAIL_CHANGE_REQUESTED',
      subjectId: identity.userId,
      after: { email: maskEmail(email) },
    });
  });
  context.runtime.relay.nudge();
  return myHolderEmail(context);
}

/**
 * The link from the e-mail, followed while signed in to the cabinet it was sent for: the address becomes the
 * cabinet's confirmed one (the recovery address), once. Another cabinet's link is refused as not found.
 */
export async function confirmHolderEmail(context: EmailContext, token: string): Promise<HolderEmail> {
  const identity = context.identity!;
  const now = new Date();
  await context.dataSource.transaction(async (manager) => {
    const link = await usableHolderLink(manager, token, 'CONFIRM', now);
    if (link.certificate_id !== identity.userId) {
      throw domainError(
        ErrorCode.ConfirmationNotFound,
        'Эта ссылка выдана для другого кабинета сертификата: войдите в тот кабинет и перейдите по ссылке ещё раз',
      );
    }
    const [before]: Array<{ email: string }> = await manager.query(
      `SELECT email FROM email.holder_emails WHERE certificate_id = $1 FOR UPDATE`,
      [identity.userId],
    );
    await manager.query(
      `INSERT INTO email.holder_emails (certificate_id, login, email, confirmed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (certificate_id) DO UPDATE SET login = $2, email = $3, confirmed_at = $4`,
      [identity.userId, link.login, link.email, now],
    );
    await markHolderLinkUsed(manager, link.id, now);
    await insertAuditEvent(manager, SCHEMA, context.caller, {
      action: 'HOLDER_EMAIL_CONFIRMED',
      subjectId: identity.userId,
      before: { email: before ? maskEmail(before.email) : null },
      after: { email: maskEmail(link.email) },
    });
  });
  return myHolderEmail(context);
}
