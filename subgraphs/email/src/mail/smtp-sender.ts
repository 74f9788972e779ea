import { OutboxEvent } from '@pfdo/platform';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { MailMessage } from './messages';

/** Sends the outbox's e-mails through the configured SMTP server; a failure leaves the e-mail for a retry. */
export function smtpSender(smtpUrl: string, from: string) {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as SMTPTransport.Options);
  return async (event: OutboxEvent): Promise<void> => {
    const message = event.payload as unknown as MailMessage;
    await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments?.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: Buffer.from(attachment.content, 'base64'),
      })),
      // The outbox id: a receiving server can tell a retried message from a new one.
      messageId: `<${event.id}@pfdo.local>`,
    });
  };
}
