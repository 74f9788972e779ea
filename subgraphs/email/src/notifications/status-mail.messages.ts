import { EventPayload, MANDATORY_STATUS_MAIL_KINDS, StatusMailKind, Topic } from '@pfdo/contracts';
import type { MailMessage } from '../mail/messages';

type StatusMail = EventPayload<typeof Topic.statusMailRequested>;

/** «Настройка уведомлений»: each kind as the settings page and the unsubscribe page name it. */
export const STATUS_MAIL_TITLES: Record<StatusMailKind, string> = {
  DOCUMENTS_RECEIVED: 'Документы получены',
  CERTIFICATE_ACTIVATED: 'Сертификат активирован',
  APPLICATION_REFUSED: 'Отказ по заявке',
  MUNICIPALITY_CHANGED: 'Смена муниципалитета внесена',
  PERSONAL_DATA_CLARIFIED: 'Уточнения персональных данных внесены',
  GROUP_CHANGED: 'Группа сертификата изменена',
  CERTIFICATE_FROZEN: 'Сертификат заморожен',
  EXTRACT_ISSUED: 'Сформирована новая выписка',
};

/** The web app's pages an e-mail points to. */
export interface StatusMailLinks {
  navigator: string;
  cabinet: string;
  settings: string;
  /** «Отписаться» from this kind; only for optional kinds. */
  unsubscribe: string | null;
  /** The same in one click, for the mail program's own «Отписаться» (RFC 8058); only for optional kinds. */
  oneClickUnsubscribe: string | null;
}

const SUBJECTS: Record<StatusMailKind, string> = {
  DOCUMENTS_RECEIVED: 'документы получены',
  CERTIFICATE_ACTIVATED: 'сертификат активирован',
  APPLICATION_REFUSED: 'отказано',
  MUNICIPALITY_CHANGED: 'сертификат переведён в другой муниципалитет',
  PERSONAL_DATA_CLARIFIED: 'уточнения персональных данных внесены',
  GROUP_CHANGED: 'группа сертификата изменена',
  CERTIFICATE_FROZEN: 'сертификат заморожен',
  EXTRACT_ISSUED: 'сформирована новая выписка',
};

/** The message's own paragraphs; a line that is a link is written as one in the HTML part. */
function body(mail: StatusMail, links: StatusMailLinks): string[] {
  const n = mail.applicationNumber;
  const certificate = mail.certificateNumber ? `№ ${mail.certificateNumber}` : '';
  switch (mail.kind) {
    case 'DOCUMENTS_RECEIVED':
      return [
        `Организация по приёму заявлений получила подписанное заявление и документы по заявке № ${n}.`,
        'Теперь уполномоченный орган проверит персональные данные. Мы напишем вам, когда решение будет принято.',
      ];
    case 'CERTIFICATE_ACTIVATED':
      return [
        `Персональные данные по заявке № ${n} подтверждены, сертификат дополнительного образования ${certificate} активирован.`,
        'Теперь по нему можно записаться на программы в навигаторе.',
        `Вход в личный кабинет сертификата: ${links.navigator}`,
        `Логин: ${mail.certificateNumber}`,
        'Пароль: тот, что был показан при получении сертификата в личном кабинете, или указанный в выписке из реестра сертификатов. Если пароль утерян, новую выписку сформирует организация, принявшая заявление.',
      ];
    case 'APPLICATION_REFUSED':
      return [
        `По заявке № ${n} отказано.`,
        `Причина: ${mail.reason}`,
        'Что делать дальше: исправьте то, что указано в причине, и подайте новую заявку в личном кабинете или в организации по приёму заявлений. Если вы не согласны с отказом, обратитесь в уполномоченный орган вашего муниципалитета.',
        `Личный кабинет: ${links.cabinet}`,
      ];
    case 'MUNICIPALITY_CHANGED':
      return [
        `Заявка № ${n} подтверждена: сертификат ${certificate} переведён в другой муниципалитет.`,
        `Группа сертификата: ${mail.groupName}.`,
      ];
    case 'PERSONAL_DATA_CLARIFIED':
      return [
        `Заявка № ${n} подтверждена: уточнения персональных данных внесены в реестр (сертификат ${certificate}).`,
      ];
    case 'GROUP_CHANGED':
      return [`Заявка № ${n} подтверждена: сертификат ${certificate} переведён в группу «${mail.groupName}».`];
    case 'CERTIFICATE_FROZEN':
      return [
        `Сертификат ${certificate} заморожен.`,
        `Причина: ${mail.reason}`,
        'Пока сертификат заморожен, по нему нельзя записаться на программы. Если вы не согласны, обратитесь в уполномоченный орган вашего муниципалитета.',
      ];
    case 'EXTRACT_ISSUED':
      return [
        `Для сертификата ${certificate} сформирована новая выписка из реестра сертификатов с новым паролем личного кабинета. Прежний пароль больше не действует.`,
        'Если вы не обращались за новой выпиской, сообщите об этом в организацию, которая выдала сертификат.',
      ];
  }
}

function footer(mail: StatusMail, links: StatusMailLinks): string[] {
  if (MANDATORY_STATUS_MAIL_KINDS.has(mail.kind)) {
    return ['Это обязательное уведомление: оно меняет то, что можно делать с сертификатом, и приходит всегда.'];
  }
  return [
    `Вы получили это письмо, потому что указали этот адрес в заявке. Отписаться от писем «${STATUS_MAIL_TITLES[mail.kind]}»: ${links.unsubscribe}`,
    `Выбрать, какие письма приходят: ${links.settings}`,
  ];
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A paragraph of the HTML part: a trailing address becomes a link. */
function htmlParagraph(line: string): string {
  const match = /^(.*?)(https?:\/\/\S+)$/.exec(line);
  if (!match) return `<p>${escapeHtml(line)}</p>`;
  const url = escapeHtml(match[2]);
  return `<p>${escapeHtml(match[1])}<a href="${url}">${url}</a></p>`;
}

/** The applicant's status e-mail: «Заявка № 12345678: …», a plain-text part and an HTML part. */
export function statusMailMessage(mail: StatusMail, links: StatusMailLinks): MailMessage {
  const lines = ['Здравствуйте!', ...body(mail, links), ...footer(mail, links)];
  return {
    to: mail.to,
    subject: `Заявка № ${mail.applicationNumber}: ${SUBJECTS[mail.kind]}`,
    text: lines.join('\n\n'),
    html: lines.map(htmlParagraph).join('\n'),
    ...(links.oneClickUnsubscribe ? { oneClickUnsubscribe: links.oneClickUnsubscribe } : {}),
  };
}
