import { EntityManager } from 'typeorm';
import { EventPayload, MANDATORY_STATUS_MAIL_KINDS, Topic } from '@pfdo/contracts';
import { enqueueEvent } from '@pfdo/platform';
import { SCHEMA } from '../data-source';
import { EmailRuntime } from '../runtime';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { StatusMailLinks, statusMailMessage } from './status-mail.messages';
import { unsubscribeToken } from './unsubscribe-token';

export const UNSUBSCRIBE_PATH = '/unsubscribe';
/** The web app's RFC 8058 route: a POST of `List-Unsubscribe=One-Click` unsubscribes with the same token. */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/unsubscribe/one-click';
export const NOTIFICATION_SETTINGS_PATH = '/cabinet/settings/notifications';

/**
 * The certificates subgraph reports a step of an application: the applicant's e-mail is queued as an
 * `smtp.send` event in the inbox's transaction (so a redelivered event queues nothing), unless it is an
 * optional kind the user turned off.
 */
export function handleStatusMailRequested(runtime: EmailRuntime) {
  return async (manager: EntityManager, mail: EventPayload<typeof Topic.statusMailRequested>): Promise<void> => {
    const mandatory = MANDATORY_STATUS_MAIL_KINDS.has(mail.kind);
    if (!mandatory) {
      const preference = await manager.findOneBy(NotificationPreferenceEntity, { userId: mail.userId });
      if (preference?.mutedKinds.includes(mail.kind)) return;
    }
    const { webUrl, gatewaySecret } = runtime.config;
    const token = unsubscribeToken(gatewaySecret, mail.userId, mail.kind);
    const withToken = (path: string) => {
      const url = new URL(path, webUrl);
      url.searchParams.set('token', token);
      return url.toString();
    };
    const links: StatusMailLinks = {
      navigator: new URL('/navigator', webUrl).toString(),
      cabinet: new URL('/cabinet', webUrl).toString(),
      settings: new URL(NOTIFICATION_SETTINGS_PATH, webUrl).toString(),
      unsubscribe: mandatory ? null : withToken(UNSUBSCRIBE_PATH),
      oneClickUnsubscribe: mandatory ? null : withToken(ONE_CLICK_UNSUBSCRIBE_PATH),
    };
    await enqueueEvent(manager, SCHEMA, Topic.sendMail, { ...statusMailMessage(mail, links) });
  };
}
