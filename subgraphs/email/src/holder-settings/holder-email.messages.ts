import type { MailMessage } from '@pfdo/contracts';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const asHtml = (lines: string[], link: string) =>
  lines
    .map((line) =>
      line === link
        ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : line
          ? `<p>${escapeHtml(line)}</p>`
          : '',
    )
    .join('\n');

/**
 * «Электронная почта» → «Изменить» of the certificate's cabinet (seed 002 §8), in the words of the citizen's
 * confirmation e-mail (docs/domain.md §5): the link works once, only while signed in to the cabinet.
 */
export function holderEmailConfirmationMessage(
  to: string,
  login: string,
  link: string,
  validUntil: string,
): MailMessage {
  const subject = 'Личный кабинет сертификата. Подтверждение электронной почты';
  const lines = [
    'Здравствуйте!',
    '',
    `Этот адрес указан в настройках личного кабинета сертификата № ${login} для восстановления доступа.`,
    'Для подтверждения адреса электронной почты перейдите по ссылке:',
    link,
    '',
    'Для перехода по ссылке оставайтесь авторизованными в личном кабинете сертификата; ссылка активна только единожды.',
    `Ссылка действует до ${validUntil}. Если вы не указывали этот адрес, просто удалите это письмо.`,
  ];
  return { to, subject, text: lines.join('\n'), html: asHtml(lines, link) };
}

/** «Забыли пароль?»: the one-time link to set a new password, sent to the cabinet's confirmed e-mail only. */
export function holderPasswordResetMessage(to: string, login: string, link: string, validUntil: string): MailMessage {
  const subject = 'Личный кабинет сертификата. Восстановление доступа';
  const lines = [
    'Здравствуйте!',
    '',
    `Для личного кабинета сертификата № ${login} запрошено восстановление доступа.`,
    'Чтобы задать новый пароль, перейдите по ссылке:',
    link,
    '',
    `Ссылка действует до ${validUntil} и только один раз. Если вы не запрашивали восстановление, просто удалите это письмо: пароль останется прежним.`,
  ];
  return { to, subject, text: lines.join('\n'), html: asHtml(lines, link) };
}
