import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { OutboxEvent, PermanentDeliveryError } from '@pfdo/platform';
import { MailMessage } from './messages';

/**
 * Whether the SMTP server (or nodemailer before it) refused this message itself, so that sending it again
 * cannot help: an envelope or message error with a 5xx reply (a rejected recipient, a message refused at
 * DATA), or with no reply at all («No recipients defined», an empty message). A 4xx reply is «try later».
 * Errors of the connection and of the login (EAUTH, even with its 535) are not the message's fault: they
 * are retried, as a wrong password in SMTP_URL must not kill every e-mail waiting to be sent.
 */
export function isPermanentSmtpRefusal(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (code !== 'EENVELOPE' && code !== 'EMESSAGE') return false;
  return typeof responseCode !== 'number' || (responseCode >= 500 && responseCode < 600);
}

/** The e-mail's Message-ID: the outbox event's id, so that every retry of one e-mail carries the same one. */
export function messageIdOf(eventId: string): string {
  return `<${eventId}@pfdo.local>`;
}

export interface SmtpSender {
  send(event: OutboxEvent<MailMessage>): Promise<void>;
  /** Closes the pooled connections (when the service stops). */
  close(): void;
}

/**
 * Sends the outbox's e-mails through the configured SMTP server; a failure leaves the e-mail for a retry.
 * The connections are pooled (up to `connections`, as many as the relay's lanes), each reused for up to 100
 * messages: a new connection per e-mail (TCP, greeting, EHLO, maybe TLS and login) cost more than the e-mail.
 */
export function smtpSender(smtpUrl: string, from: string, connections = 1): SmtpSender {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
    maxMessages: 100,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as SMTPTransport.Options);
  const send = async (event: OutboxEvent<MailMessage>): Promise<void> => {
    const message = event.payload;
    try {
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
        // A receiving server, and the applicant's mail program, can tell a retried message from a new one.
        messageId: messageIdOf(event.id),
        ...(message.oneClickUnsubscribe && {
          list: { unsubscribe: message.oneClickUnsubscribe },
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }),
      });
    } catch (error) {
      if (isPermanentSmtpRefusal(error)) throw new PermanentDeliveryError((error as Error).message, { cause: error });
      throw error;
    }
  };
  return { send, close: () => transport.close() };
}
