import { EntityManager } from 'typeorm';
import { ErrorCode, MANDATORY_STATUS_MAIL_KINDS, STATUS_MAIL_KINDS, StatusMailKind } from '@pfdo/contracts';
import { domainError } from '@pfdo/platform';
import { EmailContext } from '../context';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationSetting, UnsubscribeResult } from './notification-settings.type';
import { STATUS_MAIL_TITLES } from './status-mail.messages';
import { verifyUnsubscribeToken } from './unsubscribe-token';

export const INVALID_UNSUBSCRIBE_LINK_MESSAGE =
  'Ссылка для отписки недействительна. Проверьте, что она скопирована из письма полностью, или выберите письма в «Настройке уведомлений» личного кабинета';

function settingsOf(muted: readonly StatusMailKind[]): NotificationSetting[] {
  return STATUS_MAIL_KINDS.map((kind) => {
    const mandatory = MANDATORY_STATUS_MAIL_KINDS.has(kind);
    return Object.assign(new NotificationSetting(), {
      kind,
      title: STATUS_MAIL_TITLES[kind],
      mandatory,
      enabled: mandatory || !muted.includes(kind),
    });
  });
}

/** Writes the muted kinds of a user (only optional kinds, each once, in the contract's order). */
async function saveMuted(
  manager: EntityManager,
  userId: string,
  muted: Iterable<StatusMailKind>,
  via: 'settings' | 'unsubscribe',
): Promise<StatusMailKind[]> {
  const set = new Set(muted);
  const mutedKinds = STATUS_MAIL_KINDS.filter((kind) => set.has(kind) && !MANDATORY_STATUS_MAIL_KINDS.has(kind));
  await manager.query(
    `INSERT INTO email.notification_preferences (user_id, muted_kinds, updated_at, updated_via)
     VALUES ($1, $2, now(), $3)
     ON CONFLICT (user_id) DO UPDATE SET muted_kinds = EXCLUDED.muted_kinds, updated_at = now(), updated_via = $3`,
    [userId, mutedKinds, via],
  );
  return mutedKinds;
}

/** «Настройка уведомлений» of the signed-in citizen. */
export async function notificationSettings(context: EmailContext): Promise<NotificationSetting[]> {
  const row = await context.dataSource.manager.findOneBy(NotificationPreferenceEntity, {
    userId: context.identity!.userId,
  });
  return settingsOf(row?.mutedKinds ?? []);
}

/** Saves the optional kinds the citizen left ticked; every other optional kind stops. */
export async function updateNotificationSettings(
  context: EmailContext,
  enabledKinds: readonly StatusMailKind[],
): Promise<NotificationSetting[]> {
  const muted = STATUS_MAIL_KINDS.filter((kind) => !enabledKinds.includes(kind));
  const saved = await saveMuted(context.dataSource.manager, context.identity!.userId, muted, 'settings');
  return settingsOf(saved);
}

/** The e-mail's «Отписаться», confirmed on the web page: turns off the one kind the signed token names. */
export async function unsubscribe(context: EmailContext, token: string): Promise<UnsubscribeResult> {
  const verified = verifyUnsubscribeToken(context.runtime.config.gatewaySecret, token);
  if (!verified) throw domainError(ErrorCode.UnsubscribeLinkInvalid, INVALID_UNSUBSCRIBE_LINK_MESSAGE);
  await context.dataSource.transaction(async (manager) => {
    const row = await manager.findOne(NotificationPreferenceEntity, {
      where: { userId: verified.userId },
      lock: { mode: 'pessimistic_write' },
    });
    await saveMuted(manager, verified.userId, [...(row?.mutedKinds ?? []), verified.kind], 'unsubscribe');
  });
  return Object.assign(new UnsubscribeResult(), { kind: verified.kind, title: STATUS_MAIL_TITLES[verified.kind] });
}
