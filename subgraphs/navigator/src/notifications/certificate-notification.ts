import { EntityManager } from 'typeorm';

/**
 * What the holder's feed («оповещения», seed 002) says happened to his certificate. Each is written by the
 * handler of the event that caused it, in that event's transaction (the inbox's, or the hand-over's), so that the
 * feed never shows a change the navigator did not make, nor misses one it did. Requests and contracts add their
 * kinds later.
 */
export type CertificateNotification =
  | { kind: 'HANDED_OVER'; details: { status: string; groupName: string } }
  | { kind: 'STATUS_CHANGED'; details: { status: string } }
  | { kind: 'REGROUPED'; details: { groupName: string } };

/** The certificate statuses the registry sends, as the holder reads them. */
const STATUS_NAMES: Record<string, string> = {
  NOT_ACTIVATED: 'не активирован',
  ACTIVATED: 'активирован',
  FROZEN: 'заморожен',
  CONSENT_WITHDRAWN: 'согласие на обработку персональных данных отозвано',
};

export function statusName(status: string): string {
  return STATUS_NAMES[status] ?? status;
}

/** The feed's sentence for a notification, in Russian. */
export function notificationText({ kind, details }: CertificateNotification): string {
  switch (kind) {
    case 'HANDED_OVER':
      return `Данные сертификата переданы из реестра в навигатор ПФДО. Статус: ${statusName(details.status)}. Группа: «${details.groupName}»`;
    case 'STATUS_CHANGED':
      if (details.status === 'ACTIVATED') return 'Сертификат активирован: теперь по нему можно зачислить на обучение';
      if (details.status === 'FROZEN') return 'Сертификат заморожен: зачисление по нему невозможно';
      return `Статус сертификата изменён: ${statusName(details.status)}`;
    case 'REGROUPED':
      return `Сертификат переведён в группу «${details.groupName}»`;
  }
}

export async function notifyHolder(
  manager: EntityManager,
  certificateId: string,
  notification: CertificateNotification,
): Promise<void> {
  await manager.query(
    `INSERT INTO navigator.certificate_notifications (certificate_id, kind, details) VALUES ($1, $2, $3)`,
    [certificateId, notification.kind, JSON.stringify(notification.details)],
  );
}
