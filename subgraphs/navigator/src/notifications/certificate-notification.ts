import { EntityManager } from 'typeorm';

/**
 * What the holder's feed («оповещения», seed 002) says happened to his certificate. Each is written by the
 * handler of the event that caused it, in that event's transaction (the inbox's, or the hand-over's), so that the
 * feed never shows a change the navigator did not make, nor misses one it did. Enrollment requests and contracts
 * are told in the transaction of their change.
 */
export type CertificateNotification =
  | { kind: 'HANDED_OVER'; details: { status: string; groupName: string } }
  | { kind: 'STATUS_CHANGED'; details: { status: string } }
  | { kind: 'REGROUPED'; details: { groupName: string } }
  | { kind: 'REQUEST_FILED'; details: RequestDetails & { filedByOrganization?: boolean } }
  | { kind: 'REQUEST_CONFIRMED'; details: RequestDetails }
  | { kind: 'REQUEST_REFUSED'; details: RequestDetails & { reason: string } }
  | { kind: 'REQUEST_CANCELLED'; details: RequestDetails }
  | { kind: 'PROTECTION_CHANGED'; details: { mode: string } }
  | { kind: 'CONTRACT_STARTED'; details: RequestDetails & { startsOn: string } }
  | { kind: 'CONTRACT_ENDED'; details: RequestDetails & { endsOn: string } }
  | { kind: 'PROLONGED'; details: RequestDetails & { startsOn: string; endsOn: string; acceptsOn: string } }
  | { kind: 'PROLONGATION_ACCEPTED'; details: RequestDetails & { startsOn: string; byDefault: boolean } }
  | { kind: 'PROLONGATION_REFUSED'; details: RequestDetails & { reason: string | null } };

/** What the feed says of a request: its number, program and group, and the money it reserves (kopecks). */
export interface RequestDetails {
  number: string;
  programTitle: string;
  groupName: string;
  reservedKopecks: number;
}

/** Kopecks as «5 000,00 ₽». */
export function roubles(kopecks: number): string {
  const value = BigInt(kopecks);
  const whole = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${whole},${String(value % 100n).padStart(2, '0')}\u00a0₽`;
}

/** YYYY-MM-DD as «01.09.2027». */
const dayName = (day: string) => day.split('-').reverse().join('.');

const contractName = (details: RequestDetails) =>
  `Договор № ${details.number} на программу «${details.programTitle}» (${details.groupName})`;

const requestName = (details: RequestDetails) =>
  `Заявка № ${details.number} на программу «${details.programTitle}» (${details.groupName})`;

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

/** The protection modes as «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» names them (seed 002). */
export const PROTECTION_MODE_NAMES: Record<string, string> = {
  NONE: 'не выбран',
  ENROLLMENT_FORBIDDEN: '«Запись запрещена»',
  FULL_NAME: '«Подтверждение по ФИО»',
  CODE_PHRASE: '«Подтверждение по кодовой фразе»',
};

export function protectionModeName(mode: string): string {
  return PROTECTION_MODE_NAMES[mode] ?? mode;
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
    case 'REQUEST_FILED': {
      const filed = `${requestName(details)} подана${details.filedByOrganization ? ' организацией от вашего имени' : ''}`;
      return details.reservedKopecks > 0 ? `${filed}. Зарезервировано ${roubles(details.reservedKopecks)}` : filed;
    }
    case 'REQUEST_CONFIRMED':
      return `${requestName(details)} подтверждена организацией: договор заключён`;
    case 'REQUEST_REFUSED':
      return `${requestName(details)}: организация отказала. Причина: ${details.reason}`;
    case 'REQUEST_CANCELLED':
      return `${requestName(details)} отменена. Резерв и место в группе освобождены`;
    case 'PROTECTION_CHANGED':
      return `Способ защиты сертификата изменён: ${protectionModeName(details.mode)}`;
    case 'CONTRACT_STARTED':
      return `${contractName(details)} вступил в силу с ${dayName(details.startsOn)}: он во вкладке «Действующие»`;
    case 'CONTRACT_ENDED':
      return `${contractName(details)} завершил действие ${dayName(details.endsOn)} и перенесён в «Архив». Неиспользованный резерв освобождён`;
    case 'PROLONGED':
      return (
        `Организация пролонгировала договор на новый период: ${contractName(details)}, ` +
        `с ${dayName(details.startsOn)} по ${dayName(details.endsOn)}. Если вы не откажетесь, пролонгация будет ` +
        `принята ${dayName(details.acceptsOn)}`
      );
    case 'PROLONGATION_ACCEPTED':
      return details.byDefault
        ? `Пролонгация договора № ${details.number} принята: отказа не поступило в течение 7 дней. Договор вступит в силу с ${dayName(details.startsOn)}`
        : `Пролонгация договора № ${details.number} принята. Договор вступит в силу с ${dayName(details.startsOn)}`;
    case 'PROLONGATION_REFUSED':
      return details.reason
        ? `Вы отказались от пролонгации договора № ${details.number}. Причина: ${details.reason}. Резерв и место в группе освобождены`
        : `Вы отказались от пролонгации договора № ${details.number}. Резерв и место в группе освобождены`;
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
