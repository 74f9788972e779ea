import { invalidFields } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { notificationText, CertificateNotification as Notification } from '../notifications/certificate-notification';
import { Municipality } from '../references/references';
import { RegisteredCertificateEntity } from '../registry/registered-certificate.entity';
import {
  CertificateCabinet,
  CertificateCabinetMoney,
  CertificateNotification,
  CertificateNotificationPage,
  CertificatePossibilities,
} from './cabinet.type';
import { certificateMoney, CertificateMoney } from './certificate-money';

export const NOTIFICATIONS_PAGE = 20;
export const MAX_NOTIFICATIONS_PAGE = 100;

/** The money of a certificate the navigator holds: null until its group is configured. */
export async function moneyOfCopy(
  context: NavigatorContext,
  copy: RegisteredCertificateEntity,
): Promise<{ possibilities: CertificatePossibilities; money: CertificateMoney | null } | null> {
  const [setting, reservation] = await Promise.all([
    context.loaders.certificateSetting.load(copy),
    context.loaders.reservationByCertificate.load(copy.certificateId),
  ]);
  if (!setting) return null;
  const money = certificateMoney(setting, context.now(), reservation);
  const possibilities = Object.assign(new CertificatePossibilities(), {
    significantPrograms: setting.significantPrograms,
    generalPrograms: setting.generalPrograms,
    preProfessionalPrograms: setting.preProfessionalPrograms,
    moneyLimitReached: money === null,
    money: money && Object.assign(new CertificateCabinetMoney(), { ...money, nominalKopecks: money.availableKopecks }),
  });
  return { possibilities, money };
}

/**
 * The holder's own cabinet: his account's id is his certificate's (organizations' `createCertificateHolder`), so
 * there is no argument to point at another certificate.
 */
export async function myCertificateCabinet(context: NavigatorContext): Promise<CertificateCabinet> {
  const identity = context.identity!;
  const copy = await context.loaders.registeredCertificateById.load(identity.userId);
  const cabinet = Object.assign(new CertificateCabinet(), {
    certificateId: identity.userId,
    number: copy?.number ?? identity.login,
    registered: !!copy,
    status: copy?.status ?? null,
    activated: copy?.status === 'ACTIVATED',
    groupName: copy?.groupName ?? null,
    municipality: copy ? Municipality.ref(copy.municipalityId) : null,
    possibilities: null as CertificatePossibilities | null,
  });
  if (copy) cabinet.possibilities = (await moneyOfCopy(context, copy))?.possibilities ?? null;
  return cabinet;
}

function positionOf(after: string | null): string | null {
  if (after === null || after === undefined) return null;
  if (!/^[1-9]\d{0,17}$/.test(after)) {
    throw invalidFields({ after: 'Неверная позиция списка оповещений. Откройте кабинет заново' });
  }
  return after;
}

/** The certificate's feed, newest first, keyset-paged by id: one statement per page. */
export async function certificateNotifications(
  context: NavigatorContext,
  certificateId: string,
  first: number,
  after: string | null,
): Promise<CertificateNotificationPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS_PAGE) {
    throw invalidFields({ first: `На странице от 1 до ${MAX_NOTIFICATIONS_PAGE} оповещений` });
  }
  const before = positionOf(after);
  const rows: Array<{ id: string; occurred_at: Date } & Notification> = await context.dataSource.query(
    `SELECT id, kind, details, occurred_at FROM navigator.certificate_notifications
      WHERE certificate_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
      ORDER BY id DESC LIMIT $3`,
    [certificateId, before, first + 1],
  );
  const page = rows.slice(0, first);
  return Object.assign(new CertificateNotificationPage(), {
    notifications: page.map((row) =>
      Object.assign(new CertificateNotification(), {
        id: String(row.id),
        occurredAt: row.occurred_at,
        kind: row.kind,
        text: notificationText(row),
      }),
    ),
    nextCursor: rows.length > first ? String(page[page.length - 1].id) : null,
  });
}
