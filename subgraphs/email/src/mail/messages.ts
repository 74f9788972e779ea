import type { MailMessage } from '@pfdo/contracts';

/** An e-mail as the outbox keeps it until it is sent: the contract of the topic `smtp.send`. */
export type { MailAttachment, MailMessage } from '@pfdo/contracts';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docs/domain.md §5, the citizen portal: «Заявка на сертификат ПДО. Подтверждение электронной почты». */
export function confirmationMessage(
  to: string,
  applicationNumber: string,
  link: string,
  validUntil: string,
): MailMessage {
  const subject = 'Заявка на сертификат ПДО. Подтверждение электронной почты';
  const text = [
    'Здравствуйте!',
    '',
    `Вы подали заявку № ${applicationNumber} на сертификат дополнительного образования.`,
    'Для подтверждения адреса электронной почты перейдите по ссылке:',
    link,
    '',
    `Ссылка действует до ${validUntil}. Если вы не подавали заявку, просто удалите это письмо.`,
  ].join('\n');
  const html = `<p>Здравствуйте!</p>
<p>Вы подали заявку № ${escapeHtml(applicationNumber)} на сертификат дополнительного образования.</p>
<p>Для подтверждения адреса электронной почты перейдите по ссылке: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>
<p>Ссылка действует до ${escapeHtml(validUntil)}. Если вы не подавали заявку, просто удалите это письмо.</p>`;
  return { to, subject, text, html };
}

/**
 * docs/domain.md §5, the reception organization's cabinet: after «Отправить» the organization receives the
 * filled application form and the login and password of the child's navigator cabinet, to hand to the
 * applicant.
 */
export function organizationApplicationMessage(request: {
  to: string;
  organizationName: string;
  applicationNumber: string;
  childFullName: string;
  navigatorLogin: string;
  navigatorPassword: string;
  formPdfBase64: string;
}): MailMessage {
  const subject = `Заявка на сертификат ПДО № ${request.applicationNumber}`;
  const lines = [
    'Здравствуйте!',
    '',
    `Заявка № ${request.applicationNumber} на сертификат дополнительного образования для ребёнка ${request.childFullName} создана.`,
    'Заполненное заявление с согласием на обработку персональных данных — во вложении: распечатайте его и передайте заявителю на подпись.',
    '',
    'Данные для входа в личный кабинет сертификата в навигаторе (передайте заявителю):',
    `Логин: ${request.navigatorLogin}`,
    `Пароль: ${request.navigatorPassword}`,
  ];
  const html = lines.map((line) => (line ? `<p>${escapeHtml(line)}</p>` : '')).join('\n');
  return {
    to: request.to,
    subject,
    text: lines.join('\n'),
    html,
    attachments: [
      {
        filename: `zayavlenie-${request.applicationNumber}.pdf`,
        contentType: 'application/pdf',
        content: request.formPdfBase64,
      },
    ],
  };
}

/**
 * Seed 001, «Сформировать новую выписку/Изменить пароль», sent to the representative: the extract from the
 * registry in the attachment, with the navigator cabinet's new password in it (not in the e-mail's text,
 * which mail programs show in previews and notifications).
 */
export function certificateExtractMessage(
  request: { to: string; number: string; childFullName: string; extractPdfBase64: string },
  navigatorUrl: string,
): MailMessage {
  const subject = `Выписка из реестра сертификатов № ${request.number}`;
  const lines = [
    'Здравствуйте!',
    '',
    `Для сертификата дополнительного образования № ${request.number} (${request.childFullName}) сформирована новая выписка из реестра сертификатов с новым паролем личного кабинета. Выписка — во вложении; прежний пароль больше не действует.`,
    '',
    `Вход в личный кабинет сертификата: ${navigatorUrl}`,
    `Логин: ${request.number}`,
    'Пароль: указан в выписке.',
    '',
    'Если вы не обращались за новой выпиской, сообщите об этом в организацию, которая выдала сертификат.',
  ];
  const html = lines
    .map((line) => {
      if (!line) return '';
      if (line.endsWith(navigatorUrl)) {
        const url = escapeHtml(navigatorUrl);
        return `<p>Вход в личный кабинет сертификата: <a href="${url}">${url}</a></p>`;
      }
      return `<p>${escapeHtml(line)}</p>`;
    })
    .join('\n');
  return {
    to: request.to,
    subject,
    text: lines.join('\n'),
    html,
    attachments: [
      {
        filename: `vypiska-${request.number}.pdf`,
        contentType: 'application/pdf',
        content: request.extractPdfBase64,
      },
    ],
  };
}
