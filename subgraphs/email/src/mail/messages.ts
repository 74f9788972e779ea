/** An e-mail as the outbox keeps it until it is sent. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Seed 003: «Заявка на сертификат ПДО. Подтверждение электронной почты». */
export function confirmationMessage(to: string, applicationNumber: string, link: string, validUntil: string): MailMessage {
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
