import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventPayload, Topic } from '@pfdo/contracts';
import { domainError, enqueueEvent, ErrorCode, Identity, isUuid } from '@pfdo/platform';
import { EmailContext } from '../context';
import { SCHEMA } from '../data-source';
import { certificateExtractMessage, confirmationMessage, organizationApplicationMessage } from '../mail/messages';
import { regionMoment } from '../mail/region-moment';
import { EmailRuntime } from '../runtime';
import { EmailConfirmationEntity } from './email-confirmation.entity';

export const EmailErrorCode = {
  NotFound: ErrorCode.ConfirmationNotFound,
  AlreadyUsed: ErrorCode.ConfirmationAlreadyUsed,
  Expired: ErrorCode.ConfirmationExpired,
  Superseded: ErrorCode.ConfirmationSuperseded,
  RateLimited: ErrorCode.RateLimited,
  AlreadyConfirmed: ErrorCode.EmailAlreadyConfirmed,
} as const;

/** The longest token looked up; the links carry 43 characters (32 random bytes in base64url). */
export const MAX_TOKEN_LENGTH = 128;
export const INVALID_LINK_MESSAGE = 'Ссылка недействительна. Проверьте, что она скопирована из письма полностью';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A new one-time link for an application's e-mail, and the e-mail itself, queued in the same
 * transaction. Only the token's hash is stored; the token lives in the queued e-mail until it is sent.
 */
async function createConfirmation(
  manager: EntityManager,
  runtime: EmailRuntime,
  request: {
    applicationId: string;
    applicationNumber: string;
    municipalityId: string;
    email: string;
    requestedByUserId: string | null;
  },
): Promise<EmailConfirmationEntity> {
  const token = randomBytes(32).toString('base64url');
  const confirmation = manager.create(EmailConfirmationEntity, {
    id: randomUUID(),
    ...request,
    tokenHash: hashToken(token),
    status: 'PENDING',
    expiresAt: new Date(Date.now() + runtime.config.confirmationTtlHours * 3600_000),
    confirmedAt: null,
  });
  await manager.insert(EmailConfirmationEntity, confirmation);
  const link = new URL('/cabinet/confirm-email', runtime.config.webUrl);
  link.searchParams.set('token', token);
  const message = confirmationMessage(
    request.email,
    request.applicationNumber,
    link.toString(),
    regionMoment(confirmation.expiresAt),
  );
  await enqueueEvent(manager, SCHEMA, Topic.sendMail, { ...message });
  return confirmation;
}

/** The certificates subgraph asks for the confirmation e-mail of a new application. */
export function handleConfirmationRequested(runtime: EmailRuntime) {
  return async (
    manager: EntityManager,
    request: EventPayload<typeof Topic.emailConfirmationRequested>,
  ): Promise<void> => {
    await createConfirmation(manager, runtime, request);
  };
}

/** The e-mail's link: confirms the address once, and tells the certificates subgraph. */
export async function confirmEmail(context: EmailContext, token: string) {
  const { runtime } = context;
  const confirmation = await context.dataSource.transaction(async (manager) => {
    const found =
      token.length <= MAX_TOKEN_LENGTH
        ? await manager.findOne(EmailConfirmationEntity, {
            where: { tokenHash: hashToken(token) },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
    if (!found) throw domainError(EmailErrorCode.NotFound, INVALID_LINK_MESSAGE);
    if (found.status === 'CONFIRMED') {
      throw domainError(
        EmailErrorCode.AlreadyUsed,
        'Эта ссылка уже использована: электронная почта подтверждена ранее',
        {
          applicationId: found.applicationId,
        },
      );
    }
    if (found.status === 'SUPERSEDED') {
      throw domainError(
        EmailErrorCode.Superseded,
        'Эта ссылка устарела: мы отправили вам новое письмо, перейдите по ссылке из него',
      );
    }
    if (found.expiresAt <= new Date()) {
      throw domainError(
        EmailErrorCode.Expired,
        'Срок действия ссылки истёк. Отправьте письмо ещё раз из личного кабинета',
      );
    }
    found.status = 'CONFIRMED';
    found.confirmedAt = new Date();
    await manager.save(found);
    await enqueueEvent(manager, SCHEMA, Topic.emailConfirmed, {
      applicationId: found.applicationId,
      confirmedAt: found.confirmedAt.toISOString(),
    });
    return found;
  });
  // The applicant is about to look at the application: tell the certificates subgraph now, not in a second.
  await Promise.race([runtime.relay.flush(), new Promise((resolve) => setTimeout(resolve, 3000))]);
  return confirmation;
}

/** «Отправить письмо ещё раз»: a new link, at most once a minute and a few times a day. */
export async function resendConfirmation(context: EmailContext, applicationId: string) {
  const identity: Identity = context.identity!;
  const { runtime } = context;
  const { resendIntervalSeconds, resendsPerDay } = runtime.config;
  const confirmation = await context.dataSource.transaction(async (manager) => {
    const notFound = () => domainError(ErrorCode.NotFound, 'Заявка не найдена', { field: 'applicationId' });
    if (!isUuid(applicationId)) throw notFound();
    const history = await manager.find(EmailConfirmationEntity, {
      where: { applicationId, requestedByUserId: identity.userId },
      order: { createdAt: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
    const [latest] = history;
    if (!latest) throw notFound();
    if (history.some((row) => row.status === 'CONFIRMED')) {
      throw domainError(EmailErrorCode.AlreadyConfirmed, 'Электронная почта по этой заявке уже подтверждена');
    }
    const waitSeconds = Math.ceil(resendIntervalSeconds - (Date.now() - latest.createdAt.getTime()) / 1000);
    if (waitSeconds > 0) {
      throw domainError(
        EmailErrorCode.RateLimited,
        `Письмо уже отправлено. Повторно его можно отправить через ${waitSeconds} с`,
        {
          retryAfterSeconds: waitSeconds,
        },
      );
    }
    const lastDay = history.filter((row) => Date.now() - row.createdAt.getTime() < 24 * 3600_000);
    if (lastDay.length > resendsPerDay) {
      throw domainError(
        EmailErrorCode.RateLimited,
        'Письмо отправлялось слишком много раз за сутки. Попробуйте завтра',
      );
    }
    await manager.update(EmailConfirmationEntity, { applicationId, status: 'PENDING' }, { status: 'SUPERSEDED' });
    return createConfirmation(manager, runtime, {
      applicationId,
      applicationNumber: latest.applicationNumber,
      municipalityId: latest.municipalityId,
      email: latest.email,
      requestedByUserId: identity.userId,
    });
  });
  runtime.relay.nudge();
  return confirmation;
}

/** The certificates subgraph reports an application entered by an organization: mail it the form. */
export async function handleOrganizationApplicationCreated(
  manager: EntityManager,
  payload: EventPayload<typeof Topic.organizationApplicationCreated>,
): Promise<void> {
  const message = organizationApplicationMessage(payload);
  await enqueueEvent(manager, SCHEMA, Topic.sendMail, { ...message });
}

/**
 * The certificates subgraph issued a new extract and asked for it to be mailed to the representative: the
 * e-mail names the navigator's sign-in page and the login; the password is only in the attached extract.
 */
export function handleCertificateExtractMailRequested(runtime: EmailRuntime) {
  return async (
    manager: EntityManager,
    payload: EventPayload<typeof Topic.certificateExtractMailRequested>,
  ): Promise<void> => {
    const signIn = new URL('/navigator', runtime.config.webUrl).toString();
    await enqueueEvent(manager, SCHEMA, Topic.sendMail, { ...certificateExtractMessage(payload, signIn) });
  };
}
